//! The only module that speaks SQL: one SQLite file holding assessments, answers, the
//! append-only history of every answer change, and snapshots of the questionnaires that
//! assessments were taken against.
//!
//! Durability is the point: the database runs in WAL mode with `synchronous = FULL`, and every
//! answer is written in its own transaction together with its history row, so an answer that
//! was acknowledged survives `kill -9` and power loss.

/// SQL text: the answer-history rows of the assessment whose id is `$assessment`, by the
/// key range that migration 6 gives them (the id in the high 32 bits of the key, the
/// sequence in the low ones). `$key` names the key column.
macro_rules! history_of {
    ($key:literal, $assessment:literal) => {
        concat!(
            $key,
            " BETWEEN ",
            $assessment,
            " << 32 AND (",
            $assessment,
            " << 32) + 4294967295"
        )
    };
}

/// SQL text: the sequence number of a history key (its low 32 bits).
macro_rules! sequence_of {
    ($key:literal) => {
        concat!($key, " & 4294967295")
    };
}

mod backup;
mod carry;
mod clock;
mod fork;
mod guards;
mod merge;
mod record;
mod schema;
mod soa;
mod survey;
mod validate;

#[cfg(test)]
mod i18n_tests;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, Transaction, params};
use thiserror::Error;

use crate::assessment::{
    Answer, Assessment, EvidenceBasis, NewAssessment, QuestionnaireStamp, Response,
};
use crate::i18n::Lang;
use crate::questionnaire::Questionnaire;
use crate::t;

pub use backup::Restored;
pub use fork::{BlindReturn, Compared};
pub use merge::{MergeRefusal, MergedAssessment, OpenConflict, Resolution};
pub use soa::Decision;
pub use survey::Replaced;

/// How long a write waits for another program's lock before it gives up, unless told.
const DEFAULT_BUSY: Duration = Duration::from_secs(5);
pub use schema::APPLICATION_ID;
pub use schema::current_version as schema_version;
pub use validate::Problem;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("no assessment with id {0} (run `aimsgap list` to see the assessments)")]
    NoAssessment(i64),
    #[error(
        "{path} was written by a newer aimsgap (schema version {found}; this build knows up to {known}); upgrade aimsgap to open it"
    )]
    TooNew {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("{path} is not an aimsgap database ({why}); it was left untouched")]
    Foreign { path: String, why: String },
    #[error("{path} is locked by another program; close the other aimsgap and try again")]
    Locked { path: String },
    #[error("{path} is read-only: {why}")]
    ReadOnly { path: String, why: String },
    #[error("cannot use database {path}: {why}")]
    Path { path: String, why: String },
    #[error(
        "no database at {path}; check the path given with --db or AIMSGAP_DB, or create one with `aimsgap new --org NAME` or `aimsgap demo`"
    )]
    NoDatabase { path: String },
    #[error("cannot write the backup {path}: {why}")]
    Backup { path: String, why: String },
    // The SQLite error is part of the message, not a `source`: the command line prints the
    // chain of sources, which would say it two or three times over.
    #[error("database {path}: {error}")]
    Sqlite {
        path: String,
        error: rusqlite::Error,
    },
    #[error(
        "the answer to {question} was changed in another window meanwhile; it now shows the current answer, nothing was overwritten"
    )]
    Conflict {
        question: String,
        current: Box<Answer>,
    },
    #[error(
        "{path} is damaged: SQLite cannot read it ({why}); it was left untouched, restore it from a backup"
    )]
    Damaged { path: String, why: String },
    #[error("database {path} holds a value it cannot read: {why}")]
    Corrupt { path: String, why: String },
    #[error("{}", final_message(*id))]
    Final { id: Option<i64> },
    #[error(
        "the answer to {question} names A{number} as who said it, but assessment {id} has no attendee A{number} (removed meanwhile?); nothing was saved: see `aimsgap attendee list {id}`"
    )]
    NoAttendee {
        id: i64,
        question: String,
        number: u32,
    },
    #[error("{}", cited_message(*id, attendee, questions))]
    Cited {
        id: i64,
        /// "A2 (Dana Reyes)"
        attendee: String,
        /// The questions whose answers say the attendee said it.
        questions: Vec<String>,
    },
    #[error(
        "the inclusion of {} names {risk} as a risk it treats; give {} another reason first (`aimsgap control {id} {} --include KIND:DETAIL`), then remove {risk}",
        controls.join(", "),
        if controls.len() == 1 { "it" } else { "them" },
        controls.first().map_or("CONTROL", String::as_str)
    )]
    RiskCited {
        id: i64,
        /// "R2"
        risk: String,
        controls: Vec<String>,
    },
    #[error(
        "assessment {id} has no conflict on {question} {field}; `aimsgap conflicts {id}` lists them"
    )]
    NoConflict {
        id: i64,
        question: String,
        field: String,
    },
    #[error("that value does not fit the field {field} ({why}); nothing was changed")]
    BadValue { field: String, why: String },
    #[error("{path} was not merged, and nothing was changed: {why}")]
    NotMerged {
        path: String,
        why: merge::MergeRefusal,
    },
    #[error("{}", refused_backup(path, problems))]
    BadBackup {
        path: String,
        problems: Vec<Problem>,
    },
}

impl StoreError {
    /// What went wrong, in `lang`: the same sentence as the English [`Display`] text, from the
    /// catalogue (area `store`). What SQLite or the file system said (`why`, `error`) and the
    /// backup's problems stay as they were given: they are arguments.
    ///
    /// [`Display`]: std::fmt::Display
    pub fn message_in(&self, lang: Lang) -> String {
        use StoreError as E;
        match self {
            E::NoAssessment(id) => t!(lang, "store-no-assessment", id = *id),
            E::TooNew { path, found, known } => {
                t!(
                    lang,
                    "store-too-new",
                    path = path,
                    found = *found,
                    known = *known
                )
            }
            E::Foreign { path, why } => t!(lang, "store-foreign", path = path, why = why),
            E::Locked { path } => t!(lang, "store-locked", path = path),
            E::ReadOnly { path, why } => t!(lang, "store-read-only", path = path, why = why),
            E::Path { path, why } => t!(lang, "store-path", path = path, why = why),
            E::NoDatabase { path } => t!(lang, "store-no-database", path = path),
            E::Backup { path, why } => t!(lang, "store-backup", path = path, why = why),
            E::Sqlite { path, error } => {
                t!(
                    lang,
                    "store-sqlite",
                    path = path,
                    error = &error.to_string()
                )
            }
            E::Conflict { question, .. } => t!(lang, "store-conflict", question = question),
            E::Damaged { path, why } => t!(lang, "store-damaged", path = path, why = why),
            E::Corrupt { path, why } => t!(lang, "store-corrupt", path = path, why = why),
            E::Final { id: Some(id) } => t!(lang, "store-final", id = *id),
            E::Final { id: None } => t!(lang, "store-final-unknown"),
            E::NoAttendee {
                id,
                question,
                number,
            } => t!(
                lang,
                "store-no-attendee",
                id = *id,
                question = question,
                number = *number
            ),
            E::Cited {
                id,
                attendee,
                questions,
            } => {
                const SHOWN: usize = 5;
                let n = questions.len();
                let mut list = questions
                    .iter()
                    .take(SHOWN)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                if n > SHOWN {
                    list = t!(lang, "store-list-more", list = &list, more = n - SHOWN);
                }
                let reference = attendee.split_whitespace().next().unwrap_or(attendee);
                t!(
                    lang,
                    "store-cited",
                    attendee = attendee,
                    count = n,
                    list = &list,
                    id = *id,
                    reference = reference
                )
            }
            E::RiskCited { id, risk, controls } => t!(
                lang,
                "store-risk-cited",
                controls = &controls.join(", "),
                risk = risk,
                count = controls.len(),
                id = *id,
                control = controls.first().map_or("CONTROL", String::as_str)
            ),
            E::NoConflict {
                id,
                question,
                field,
            } => t!(
                lang,
                "store-no-conflict",
                id = *id,
                question = question,
                field = field
            ),
            E::BadValue { field, why } => t!(lang, "store-bad-value", field = field, why = why),
            E::NotMerged { path, why } => t!(
                lang,
                "store-not-merged",
                path = path,
                why = &why.message_in(lang)
            ),
            E::BadBackup { path, problems } => {
                const SHOWN: usize = 100;
                let n = problems.len();
                let mut out = t!(lang, "store-bad-backup", path = path, count = n);
                for p in problems.iter().take(SHOWN) {
                    out.push_str("\n  - ");
                    out.push_str(&p.message_in(lang));
                }
                if n > SHOWN {
                    out.push_str("\n  ");
                    out.push_str(&t!(lang, "store-bad-backup-more", more = n - SHOWN));
                }
                out
            }
        }
    }
}

/// The refusal of a backup: what is wrong and where, one line each (the first hundred).
fn final_message(id: Option<i64>) -> String {
    let (this, reopen) = match id {
        Some(id) => (format!("assessment {id}"), format!("aimsgap reopen {id}")),
        None => (
            "this assessment".to_string(),
            "aimsgap reopen ID".to_string(),
        ),
    };
    format!(
        "{this} is final and read-only; nothing was changed: `{reopen}` makes it a draft again \
         (the reopening is kept in its history)"
    )
}

fn cited_message(id: i64, attendee: &str, questions: &[String]) -> String {
    const SHOWN: usize = 5;
    let n = questions.len();
    let mut list = questions
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if n > SHOWN {
        list.push_str(&format!(" and {} more", n - SHOWN));
    }
    let reference = attendee.split_whitespace().next().unwrap_or(attendee);
    format!(
        "attendee {attendee} is who said it in {n} answer{s} ({list}); nothing was removed: \
         `aimsgap attendee remove {id} {reference} --clear-citations` removes the attendee and \
         those citations (each answer's history keeps them), or change the answers first with \
         `aimsgap answer {id} QUESTION --said-by WHO`",
        s = if n == 1 { "" } else { "s" }
    )
}

fn refused_backup(path: &str, problems: &[Problem]) -> String {
    const SHOWN: usize = 100;
    let n = problems.len();
    let mut out = format!(
        "{path} was not restored: {n} value{} in it cannot be trusted, and nothing was changed",
        if n == 1 { "" } else { "s" }
    );
    for p in problems.iter().take(SHOWN) {
        out.push_str("\n  - ");
        out.push_str(&p.to_string());
    }
    if n > SHOWN {
        out.push_str(&format!("\n  … and {} more", n - SHOWN));
    }
    out
}

/// Text that was being typed into an answer field and not yet saved.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub question_id: String,
    pub field: String,
    pub text: String,
    pub updated_at: Timestamp,
}

/// One entry of an answer's history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub question_id: String,
    pub changed_at: Timestamp,
    /// Who made the change (empty: not recorded, as before schema 12).
    pub author: String,
    pub old: Option<Answer>,
    pub new: Answer,
}

/// The overall figures of an assessment as last computed, with what they were computed from:
/// they hold only while all three are unchanged (see `crate::overview`).
#[derive(Debug, Clone, PartialEq)]
pub struct SavedFigures {
    /// The questionnaire they were scored against.
    pub questionnaire_hash: String,
    pub target: u8,
    /// The last history entry of the assessment they include (0: none). They are saved only
    /// while it is still the last, and every answer drops them, so a saved row holds.
    pub history_seq: i64,
    /// The assessment's last change when they were computed: its own or an answer's.
    pub last_change: Timestamp,
    pub questions: usize,
    pub applicable: usize,
    pub answered: usize,
    pub ready: usize,
}

/// An assessment as a list shows it, with its saved figures.
#[derive(Debug, Clone)]
pub struct Summary {
    pub id: i64,
    pub organisation: String,
    pub scope: String,
    pub assessor: String,
    /// `None` when the stored date does not read (the assessment is then damaged).
    pub date: Option<Date>,
    pub target: u8,
    pub questionnaire: QuestionnaireStamp,
    pub questionnaire_path: Option<String>,
    /// Its language (English, as a stand-in, when the stored code does not read).
    pub lang: crate::i18n::Lang,
    pub updated_at: Timestamp,
    pub figures: Option<SavedFigures>,
    /// Why the assessment cannot be opened, when a stored value does not read: it is
    /// listed with the reason, can be backed up and deleted, and hides nothing else.
    pub damaged: Option<String>,
    /// Merge conflicts nobody has resolved yet.
    pub conflicts: usize,
}

pub struct Store {
    conn: Connection,
    /// For messages: the file, or `:memory:`.
    label: String,
    /// How long a write waits for another program's lock.
    busy: Duration,
    /// Where the file was copied before this open upgraded its schema.
    upgrade_backup: Option<PathBuf>,
    /// Who is writing: recorded on every history row this connection writes.
    author: String,
    /// Whether the guards of final assessments and histories are installed ([`Store::guard`]).
    guarded: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("label", &self.label).finish()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`, and migrates it to the current
    /// schema. A new file is created readable by its owner only. A file that is not an
    /// aimsgap database, or is from a newer version, is refused without being changed.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let mut store = Store::open_file(path, true)?;
        store.guard()?;
        Ok(store)
    }

    /// Opens like [`Store::open`] without installing the guards that keep a final assessment
    /// and the histories unchangeable: for the screens, which draw their first frame from it
    /// and then call [`Store::guard`] before they take a key. Nothing may write before that.
    pub fn open_unguarded(path: &Path) -> Result<Store, StoreError> {
        Store::open_file(path, true)
    }

    /// Opens the database at `path` like [`Store::open`], but never creates one: a missing
    /// file is [`StoreError::NoDatabase`] and nothing is written.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        let mut store = Store::open_file(path, false)?;
        store.guard()?;
        Ok(store)
    }

    fn open_file(path: &Path, create: bool) -> Result<Store, StoreError> {
        let label = path.display().to_string();
        let path_err = |why: String| StoreError::Path {
            path: label.clone(),
            why,
        };
        match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => {
                return Err(path_err(format!(
                    "the directory {} does not exist",
                    dir.display()
                )));
            }
            _ => {}
        }
        // Only a regular file is handed to SQLite: a FIFO would hang it, and a device or
        // a folder would get journal files created beside it.
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => return Err(path_err("it is a directory".into())),
            Ok(m) if !m.is_file() => {
                return Err(path_err(format!(
                    "it is {}, not a database file; give the path of an aimsgap database",
                    crate::files::special_kind(&m)
                )));
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => {
                create_private_file(path)
                    .map_err(|e| path_err(format!("cannot create it: {e}")))?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::NoDatabase { path: label });
            }
            Err(e) => return Err(path_err(e.to_string())),
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = match Connection::open_with_flags(path, flags) {
            Ok(c) => c,
            Err(_) if read_only_file(path) => {
                return Err(StoreError::ReadOnly {
                    path: label,
                    why: "aimsgap needs to write to it; check its permissions".into(),
                });
            }
            Err(e) if is_read_only(&e) => {
                return Err(match permission_cause(path) {
                    Some(why) => StoreError::Path { path: label, why },
                    None => StoreError::ReadOnly {
                        path: label,
                        why: "aimsgap needs to write to it; check its permissions".into(),
                    },
                });
            }
            Err(e) => return Err(sqlite(&label, e)),
        };
        if read_only_file(path) {
            return Err(StoreError::ReadOnly {
                path: label,
                why: "aimsgap needs to write to it; check its permissions".into(),
            });
        }
        let mut store = Store {
            conn,
            label,
            busy: DEFAULT_BUSY,
            upgrade_backup: None,
            author: String::new(),
            guarded: false,
        };
        store.prepare(true).map_err(|e| beside_the_file(e, path))?;
        Ok(store)
    }

    /// Records `name` as the author of every history row written from now on.
    pub fn set_author(&mut self, name: &str) {
        self.author = name.to_string();
    }

    /// The name history rows are written with (empty: none).
    pub fn author(&self) -> &str {
        &self.author
    }

    /// A fresh database in memory, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(|e| sqlite(":memory:", e))?;
        let mut store = Store {
            conn,
            label: ":memory:".into(),
            busy: DEFAULT_BUSY,
            upgrade_backup: None,
            author: String::new(),
            guarded: false,
        };
        store.prepare(false)?;
        store.guard()?;
        Ok(store)
    }

    /// The copy of the file taken before this open upgraded its schema, if it did.
    pub fn upgrade_backup(&self) -> Option<&Path> {
        self.upgrade_backup.as_deref()
    }

    /// The database file, unless the store is in memory.
    pub fn path(&self) -> Option<&Path> {
        (self.label != ":memory:").then(|| Path::new(&self.label))
    }

    /// Where this store lives, for messages.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Checks the file is ours (reading only), then sets the pragmas and migrates.
    fn prepare(&mut self, on_disk: bool) -> Result<(), StoreError> {
        self.conn.busy_timeout(self.busy).map_err(|e| self.err(e))?;
        let (app_id, version, tables) = self.identify()?;
        let known = schema::current_version();
        if app_id != schema::APPLICATION_ID && (app_id != 0 || tables > 0) {
            return Err(StoreError::Foreign {
                path: self.label.clone(),
                why: if app_id == 0 {
                    "it is an SQLite database of another program".into()
                } else {
                    format!("its application id is {app_id:#x}")
                },
            });
        }
        if version > known {
            return Err(StoreError::TooNew {
                path: self.label.clone(),
                found: version,
                known,
            });
        }
        if on_disk {
            // WAL keeps readers and the writer apart; FULL makes each commit durable.
            let mode: String = self
                .conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
                .map_err(|e| self.err(e))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::Path {
                    path: self.label.clone(),
                    why: format!("cannot switch to WAL journal mode (got {mode})"),
                });
            }
        }
        self.conn
            .execute_batch(
                "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;",
            )
            .map_err(|e| self.err(e))?;
        if on_disk && version > 0 && version < known {
            let path = PathBuf::from(&self.label);
            self.upgrade_backup = Some(self.backup_before_migration(&path, version)?);
        }
        self.migrate(version)
    }

    /// (application id, user version, number of tables), read without writing anything.
    fn identify(&self) -> Result<(i32, i64, i64), StoreError> {
        let read = || -> rusqlite::Result<(i32, i64, i64)> {
            let app: i32 = self
                .conn
                .query_row("PRAGMA application_id", [], |r| r.get(0))?;
            let version: i64 = self
                .conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))?;
            let tables: i64 = self.conn.query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
                [],
                |r| r.get(0),
            )?;
            Ok((app, version, tables))
        };
        read().map_err(|e| match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::Foreign {
                path: self.label.clone(),
                why: "the file is not an SQLite database".into(),
            },
            // The header is readable but the rest is not: most likely an aimsgap file that
            // was cut short or overwritten in part, so "not an aimsgap database" would mislead.
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
                path: self.label.clone(),
                why: e.to_string(),
            },
            _ => self.err(e),
        })
    }

    fn migrate(&mut self, from: i64) -> Result<(), StoreError> {
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(from as usize) {
            let version = i as i64 + 1;
            let tx = self.begin()?;
            tx.execute_batch(sql)
                .and_then(|()| tx.pragma_update(None, "user_version", version))
                .and_then(|()| tx.pragma_update(None, "application_id", schema::APPLICATION_ID))
                .and_then(|()| tx.commit())
                .map_err(|e| sqlite(&self.label, e))?;
        }
        Ok(())
    }

    /// Applies only the first `n` migrations: for tests of upgrades from older versions.
    #[doc(hidden)]
    pub fn migrate_to_for_tests(path: &Path, n: usize) -> Result<(), StoreError> {
        let label = path.display().to_string();
        if !path.exists() {
            create_private_file(path).map_err(|e| StoreError::Path {
                path: label.clone(),
                why: e.to_string(),
            })?;
        }
        let conn = Connection::open(path).map_err(|e| sqlite(&label, e))?;
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().take(n) {
            conn.execute_batch(sql).map_err(|e| sqlite(&label, e))?;
            conn.pragma_update(None, "user_version", i as i64 + 1)
                .and_then(|()| conn.pragma_update(None, "application_id", schema::APPLICATION_ID))
                .map_err(|e| sqlite(&label, e))?;
        }
        Ok(())
    }

    /// How long a write waits for another program's lock before giving up (default 5 s).
    pub fn set_busy_timeout(&mut self, wait: Duration) -> Result<(), StoreError> {
        self.conn.busy_timeout(wait).map_err(|e| self.err(e))?;
        self.busy = wait;
        Ok(())
    }

    /// Runs `work` with writes waiting at most `wait` for another program's lock (or less,
    /// if the usual wait is shorter), then waits as usual again: for work that must never
    /// hold up the screen, such as keeping a draft.
    pub fn waiting_at_most<T>(&mut self, wait: Duration, work: impl FnOnce(&mut Store) -> T) -> T {
        let usual = self.busy;
        let short = self.conn.busy_timeout(wait.min(usual)).is_ok();
        let out = work(self);
        if short {
            let _ = self.conn.busy_timeout(usual);
        }
        out
    }

    /// A number that changes whenever another connection (another aimsgap, any program)
    /// commits a change to the file: SQLite's `PRAGMA data_version`. Cheap enough to read
    /// several times a second; the changes of this connection do not move it.
    pub fn data_version(&self) -> Result<i64, StoreError> {
        self.conn
            .prepare_cached("PRAGMA data_version")
            .and_then(|mut s| s.query_row([], |r| r.get(0)))
            .map_err(|e| self.err(e))
    }

    /// The durability settings in force on this connection: (journal mode, synchronous
    /// level, foreign keys on). For diagnostics and tests.
    pub fn settings(&self) -> Result<(String, i64, bool), StoreError> {
        let get = || -> rusqlite::Result<(String, i64, bool)> {
            Ok((
                self.conn
                    .query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
                self.conn
                    .query_row("PRAGMA synchronous", [], |r| r.get(0))?,
                self.conn
                    .query_row("PRAGMA foreign_keys", [], |r| r.get(0))?,
            ))
        };
        get().map_err(|e| self.err(e))
    }

    /// The schema version of the open database.
    pub fn version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    fn begin(&mut self) -> Result<Transaction<'_>, StoreError> {
        let label = self.label.clone();
        self.conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| sqlite(&label, e))
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        sqlite(&self.label, e)
    }

    // ---- assessments ----

    /// Creates an assessment against `questionnaire` and returns its id. The questionnaire's
    /// text is kept in the database, so the assessment can always be reopened as it was taken.
    pub fn create_assessment(
        &mut self,
        new: &NewAssessment,
        questionnaire: &Questionnaire,
        questionnaire_path: Option<&str>,
    ) -> Result<i64, StoreError> {
        let now = Timestamp::now().to_string();
        let tx = self.begin()?;
        let stamp = QuestionnaireStamp::of(questionnaire);
        let id = save_snapshot(&tx, questionnaire)
            .and_then(|()| insert_assessment(&tx, new, &stamp, questionnaire_path, &now))
            .and_then(|id| tx.commit().map(|()| id))
            .map_err(|e| sqlite(&self.label, e))?;
        Ok(id)
    }

    /// Creates an assessment with its answers, SoA inclusion reasons and engagement record
    /// (attendees, documents, narrative, open points, document control; not its events), all in one
    /// transaction: if anything fails part-way (a full disk), nothing of it is left.
    pub fn create_filled_assessment(
        &mut self,
        new: &NewAssessment,
        questionnaire: &Questionnaire,
        answers: &[(String, Answer)],
        inclusions: &[(&str, crate::soa::Inclusion)],
        record: &crate::engagement::Engagement,
    ) -> Result<i64, StoreError> {
        let now = Timestamp::now();
        let label = self.label.clone();
        let author = self.author.clone();
        let tx = self.begin()?;
        let stamp = QuestionnaireStamp::of(questionnaire);
        let write = || -> rusqlite::Result<i64> {
            save_snapshot(&tx, questionnaire)?;
            let id = insert_assessment(&tx, new, &stamp, None, &now.to_string())?;
            for (question, answer) in answers {
                if *answer != Answer::default() {
                    write_answer(&tx, id, question, answer, None, now, &author)?;
                }
            }
            for s in &record.systems {
                soa::write_system(&tx, id, s.number, s)?;
            }
            for r in &record.risks {
                tx.execute(
                    "INSERT INTO risk (assessment_id, number, title, level, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        id,
                        r.number,
                        r.title.trim(),
                        r.level.as_str(),
                        now.to_string()
                    ],
                )?;
            }
            for (control, i) in inclusions {
                tx.execute(
                    "INSERT INTO inclusion (assessment_id, control, kind, reason, risks,
                     updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        id,
                        control,
                        i.kind.map(crate::soa::ReasonKind::as_str),
                        i.text.trim(),
                        serde_json::to_string(&i.risks).expect("numbers serialise"),
                        now.to_string()
                    ],
                )?;
            }
            // The engagement record, numbers as given (answers cite attendees by number).
            for a in &record.attendees {
                tx.execute(
                    "INSERT INTO attendee (assessment_id, number, name, role, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id, a.number, a.name.trim(), a.role.trim(), now.to_string()],
                )?;
            }
            for d in &record.documents {
                tx.execute(
                    "INSERT INTO reviewed_document (assessment_id, number, title, version,
                     dated, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        id,
                        d.number,
                        d.title.trim(),
                        d.version.trim(),
                        d.date.map(|d| d.to_string()),
                        now.to_string()
                    ],
                )?;
            }
            if !record.narrative.trim().is_empty() {
                tx.execute(
                    "INSERT INTO narrative (assessment_id, text, updated_at) VALUES (?1, ?2, ?3)",
                    params![id, record.narrative, now.to_string()],
                )?;
            }
            for p in &record.points {
                tx.execute(
                    "INSERT INTO open_point (assessment_id, question_id, text, parked_at,
                     resolved_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        id,
                        p.question_id,
                        p.text.trim(),
                        p.parked_at.to_string(),
                        p.resolved_at.map(|t| t.to_string())
                    ],
                )?;
            }
            if record.control != crate::engagement::DocumentControl::default() {
                record::write_control(&tx, id, &record.control)?;
            }
            Ok(id)
        };
        let id = write().map_err(|e| sqlite(&label, e))?;
        tx.commit().map_err(|e| sqlite(&label, e))?;
        Ok(id)
    }

    /// Every assessment, newest first.
    pub fn assessments(&self) -> Result<Vec<Assessment>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT {ASSESSMENT_COLUMNS} FROM assessment ORDER BY assessed_on DESC, id DESC"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], row_to_assessment)
            .map_err(|e| self.err(e))?;
        rows.map(|r| {
            r.map_err(|e| self.err(e))
                .and_then(|r| r.map_err(|why| self.corrupt(why)))
        })
        .collect()
    }

    /// Every assessment as a list shows it, newest first, each with its saved figures if
    /// there are any (whether they still hold is for the caller to judge). One query reading
    /// only what a list needs, whatever the file holds.
    pub fn summaries(&self) -> Result<Vec<Summary>, StoreError> {
        // Two plain scans joined here by id: the query planner of a join, run cold at start,
        // cost more than the join itself. The rows come in table order and are sorted
        // below: sorting in SQL copied every whole row through a sorter.
        let mut saved: HashMap<i64, SavedFigures> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT assessment_id, questionnaire_hash, target, history_seq, last_change,
                 questions, applicable, answered, ready FROM assessment_figures",
            )
            .map_err(|e| self.err(e))?;
        let figures = stmt
            .query_map([], |r| {
                let count = |i: usize| -> rusqlite::Result<usize> {
                    Ok(usize::try_from(r.get::<_, i64>(i)?).unwrap_or(0))
                };
                // A stamp that does not read is only a stale cache: computed again.
                let Ok(last_change) = r.get::<_, String>(4)?.parse() else {
                    return Ok(None);
                };
                let figures = SavedFigures {
                    questionnaire_hash: r.get(1)?,
                    target: u8::try_from(r.get::<_, i64>(2)?).unwrap_or(u8::MAX),
                    history_seq: r.get(3)?,
                    last_change,
                    questions: count(5)?,
                    applicable: count(6)?,
                    answered: count(7)?,
                    ready: count(8)?,
                };
                Ok(Some((r.get::<_, i64>(0)?, figures)))
            })
            .map_err(|e| self.err(e))?;
        for row in figures {
            if let Some((id, f)) = row.map_err(|e| self.err(e))? {
                saved.insert(id, f);
            }
        }
        let mut conflicts: HashMap<i64, usize> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT assessment_id, count(*) FROM merge_conflict GROUP BY 1")
            .map_err(|e| self.err(e))?;
        let counted = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
            .map_err(|e| self.err(e))?;
        for row in counted {
            let (id, n) = row.map_err(|e| self.err(e))?;
            conflicts.insert(id, usize::try_from(n).unwrap_or(0));
        }
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, organisation, scope, assessor, assessed_on, target,
                 questionnaire_id, questionnaire_version, questionnaire_hash,
                 questionnaire_path, updated_at, roadmap_start, created_at, capacity,
                 effort_s, effort_m, effort_l, audit_cycle_weeks, lang FROM assessment",
            )
            .map_err(|e| self.err(e))?;
        // Every value is read without failing: one that does not read makes its assessment
        // damaged, listed with the reason, and never hides the others.
        let rows = stmt
            .query_map([], |r| {
                let id: i64 = r.get(0)?;
                let mut damage: Vec<String> = Vec::new();
                let mut text = |i: usize, name: &str| -> String {
                    match r.get_ref(i) {
                        Ok(rusqlite::types::ValueRef::Text(t)) => match std::str::from_utf8(t) {
                            Ok(s) => s.to_string(),
                            Err(_) => {
                                damage.push(format!("its {name} is not valid UTF-8"));
                                String::from_utf8_lossy(t).into_owned()
                            }
                        },
                        Ok(rusqlite::types::ValueRef::Null) => String::new(),
                        _ => {
                            damage.push(format!("its {name} is not text"));
                            String::new()
                        }
                    }
                };
                let organisation = text(1, "organisation");
                let scope = text(2, "scope");
                let assessor = text(3, "assessor");
                let date_text = text(4, "date");
                let questionnaire = QuestionnaireStamp {
                    id: text(6, "questionnaire id"),
                    version: text(7, "questionnaire version"),
                    hash: text(8, "questionnaire hash"),
                };
                let questionnaire_path = match r.get_ref(9) {
                    Ok(rusqlite::types::ValueRef::Null) => None,
                    _ => Some(text(9, "questionnaire path")),
                };
                let updated_text = text(10, "time of change");
                let start_text = text(11, "roadmap start");
                let created_text = text(12, "time of creation");
                let lang_code = text(18, "language");
                let date = match date_text.parse::<Date>() {
                    Ok(d) => Some(d),
                    Err(_) => {
                        damage.push(format!("its date {date_text:?} is not a date"));
                        None
                    }
                };
                if start_text.parse::<Date>().is_err() {
                    damage.push(format!("its roadmap start {start_text:?} is not a date"));
                }
                if created_text.parse::<Timestamp>().is_err() {
                    damage.push(format!(
                        "its time of creation {created_text:?} is not a time"
                    ));
                }
                let updated_at = updated_text.parse::<Timestamp>().unwrap_or_else(|_| {
                    damage.push(format!("its time of change {updated_text:?} is not a time"));
                    Timestamp::UNIX_EPOCH
                });
                let target = r
                    .get::<_, i64>(5)
                    .ok()
                    .and_then(|t| u8::try_from(t).ok())
                    .unwrap_or_else(|| {
                        damage.push("its target is not a maturity level".into());
                        0
                    });
                for (i, name) in [
                    (13, "capacity"),
                    (14, "effort S"),
                    (15, "effort M"),
                    (16, "effort L"),
                    (17, "audit cycle"),
                ] {
                    if !r.get::<_, f64>(i).is_ok_and(f64::is_finite) {
                        damage.push(format!("its {name} is not a number"));
                    }
                }
                let lang = stored_lang(&lang_code).unwrap_or_else(|why| {
                    damage.push(why);
                    crate::i18n::Lang::En
                });
                Ok(Summary {
                    id,
                    organisation,
                    scope,
                    assessor,
                    date,
                    target,
                    questionnaire,
                    questionnaire_path,
                    lang,
                    updated_at,
                    figures: saved.remove(&id),
                    damaged: (!damage.is_empty()).then(|| damage.join("; ")),
                    conflicts: conflicts.get(&id).copied().unwrap_or(0),
                })
            })
            .map_err(|e| self.err(e))?;
        let mut out = rows
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))?;
        // As `assessments`: newest first; those without a readable date last.
        out.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
        Ok(out)
    }

    /// Keeps the figures of some assessments, in one transaction, replacing those saved
    /// before. Figures are skipped where the assessment was deleted meanwhile, or an answer
    /// was written after their `history_seq`: they would no longer hold.
    pub fn save_figures(&mut self, figures: &[(i64, SavedFigures)]) -> Result<(), StoreError> {
        let label = self.label.clone();
        let tx = self.begin()?;
        let run = || -> rusqlite::Result<()> {
            let mut stmt = tx.prepare_cached(concat!(
                "INSERT OR REPLACE INTO assessment_figures (assessment_id, questionnaire_hash,
                 target, history_seq, last_change, questions, applicable, answered, ready)
                 SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 FROM assessment WHERE id = ?1
                 AND ?4 = (SELECT coalesce(",
                sequence_of!("max(id)"),
                ", 0) FROM answer_history WHERE ",
                history_of!("id", "?1"),
                ")"
            ))?;
            for (id, f) in figures {
                stmt.execute(params![
                    id,
                    f.questionnaire_hash,
                    f.target,
                    f.history_seq,
                    f.last_change.to_string(),
                    f.questions as i64,
                    f.applicable as i64,
                    f.answered as i64,
                    f.ready as i64
                ])?;
            }
            Ok(())
        };
        run()
            .and_then(|()| tx.commit())
            .map_err(|e| sqlite(&label, e))
    }

    pub fn assessment(&self, id: i64) -> Result<Assessment, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {ASSESSMENT_COLUMNS} FROM assessment WHERE id = ?1"),
                [id],
                row_to_assessment,
            )
            .optional()
            .map_err(|e| self.err(e))?;
        match row {
            None => Err(StoreError::NoAssessment(id)),
            Some(r) => r.map_err(|why| self.corrupt(why)),
        }
    }

    /// Updates the descriptive fields of an assessment (not its questionnaire).
    pub fn update_assessment(&mut self, id: i64, fields: &NewAssessment) -> Result<(), StoreError> {
        self.write_assessment_fields(id, fields)
    }

    /// Reads an assessment and writes the descriptive fields `change` makes of it, in one
    /// immediate transaction: a field that another program set meanwhile is kept, never
    /// undone by a copy read before it. `change` may refuse; then nothing is written.
    pub fn change_assessment<E: From<StoreError>>(
        &mut self,
        id: i64,
        change: impl FnOnce(&Assessment) -> Result<NewAssessment, E>,
    ) -> Result<(), E> {
        let tx = Transaction::new_unchecked(&self.conn, rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| self.err(e))?;
        let fields = change(&self.assessment(id)?)?;
        self.write_assessment_fields(id, &fields)?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Sets (or, with None, removes) what a person-day costs.
    pub fn set_day_rate(
        &mut self,
        id: i64,
        rate: Option<&crate::assessment::DayRate>,
    ) -> Result<(), StoreError> {
        let changed = self
            .conn
            .execute(
                "UPDATE assessment SET day_rate = ?2,
                 currency = coalesce(?3, currency), updated_at = ?4 WHERE id = ?1",
                params![
                    id,
                    rate.map(|r| r.amount),
                    rate.map(|r| r.currency.as_str()),
                    Timestamp::now().to_string()
                ],
            )
            .map_err(|e| self.err(e))?;
        if changed == 0 {
            return Err(StoreError::NoAssessment(id));
        }
        Ok(())
    }

    fn write_assessment_fields(&self, id: i64, fields: &NewAssessment) -> Result<(), StoreError> {
        let now = Timestamp::now().to_string();
        let changed = self
            .conn
            .execute(
                "UPDATE assessment SET organisation = ?2, scope = ?3, assessor = ?4,
                 assessed_on = ?5, target = ?6, roadmap_start = ?7, capacity = ?8,
                 updated_at = ?9, effort_s = ?10, effort_m = ?11, effort_l = ?12,
                 audit_cycle_weeks = ?13, owner_capacity = ?14, holidays = ?15, lang = ?16
                 WHERE id = ?1",
                params![
                    id,
                    fields.organisation,
                    fields.scope,
                    fields.assessor,
                    fields.date.to_string(),
                    fields.target,
                    fields.roadmap_start.to_string(),
                    fields.capacity,
                    now,
                    fields.effort.s,
                    fields.effort.m,
                    fields.effort.l,
                    fields.audit_cycle_weeks,
                    plan_json(fields).0,
                    plan_json(fields).1,
                    fields.lang.code()
                ],
            )
            .map_err(|e| self.err(e))?;
        if changed == 0 {
            return Err(StoreError::NoAssessment(id));
        }
        Ok(())
    }

    /// Fails with [`StoreError::NoAssessment`] unless an assessment with this id exists,
    /// whether or not its values read (a damaged one can still be backed up and deleted).
    pub fn require_assessment(&self, id: i64) -> Result<(), StoreError> {
        let found = self
            .conn
            .query_row("SELECT 1 FROM assessment WHERE id = ?1", [id], |_| Ok(()))
            .optional()
            .map_err(|e| self.err(e))?;
        found.ok_or(StoreError::NoAssessment(id))
    }

    /// Deletes an assessment with its answers and their history.
    pub fn delete_assessment(&mut self, id: i64) -> Result<(), StoreError> {
        let changed = self
            .conn
            .execute("DELETE FROM assessment WHERE id = ?1", [id])
            .map_err(|e| self.err(e))?;
        if changed == 0 {
            return Err(StoreError::NoAssessment(id));
        }
        // A later assessment may get the same id: it starts at its own first question.
        self.conn
            .execute(
                "DELETE FROM setting WHERE key = ?1",
                [format!("last_question.{id}")],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Copies an assessment and its current answers (not their history) into a new one:
    /// the starting point of a re-assessment. Returns the new id. The engagement record is
    /// not copied (the new engagement has its own attendees), so neither is who said what.
    /// The copy is in its source's language, whatever `new` says: it is the same client.
    pub fn duplicate_assessment(
        &mut self,
        id: i64,
        new: &NewAssessment,
    ) -> Result<i64, StoreError> {
        let source = self.assessment(id)?;
        let answers = self.answers(id)?;
        let now = Timestamp::now();
        let label = self.label.clone();
        let author = self.author.clone();
        let tx = self.begin()?;
        let run = || -> rusqlite::Result<i64> {
            let stamp = &source.questionnaire;
            let path = source.questionnaire_path.as_deref();
            let new = NewAssessment {
                lang: source.lang,
                ..new.clone()
            };
            let new_id = insert_assessment(&tx, &new, stamp, path, &now.to_string())?;
            tx.execute(
                "UPDATE assessment SET previous_id = ?1 WHERE id = ?2",
                params![id, new_id],
            )?;
            for (question, answer) in &answers {
                let answer = Answer {
                    said_by: Vec::new(),
                    ..answer.clone()
                };
                write_answer(&tx, new_id, question, &answer, None, now, &author)?;
            }
            // The SoA's reasons, with the risks they name.
            tx.execute(
                "INSERT INTO risk (assessment_id, number, title, level, updated_at)
                 SELECT ?1, number, title, level, ?2 FROM risk WHERE assessment_id = ?3",
                params![new_id, now.to_string(), id],
            )?;
            tx.execute(
                "INSERT INTO inclusion (assessment_id, control, kind, reason, risks, updated_at)
                 SELECT ?1, control, kind, reason, risks, ?2 FROM inclusion
                 WHERE assessment_id = ?3",
                params![new_id, now.to_string(), id],
            )?;
            // The ISO 27001 certification the organisation had still counts.
            tx.execute(
                "INSERT INTO iso27001_in_place (assessment_id, ref, updated_at)
                 SELECT ?1, ref, ?2 FROM iso27001_in_place WHERE assessment_id = ?3",
                params![new_id, now.to_string(), id],
            )?;
            Ok(new_id)
        };
        let new_id = run().map_err(|e| sqlite(&label, e))?;
        tx.commit().map_err(|e| sqlite(&label, e))?;
        Ok(new_id)
    }

    /// The assessment this one was copied from by a re-assessment, if it still exists (an
    /// assessment created later under a reused id is not it).
    pub fn previous_of(&self, id: i64) -> Result<Option<i64>, StoreError> {
        self.conn
            .query_row(
                "SELECT p.id FROM assessment a JOIN assessment p ON p.id = a.previous_id
                 WHERE a.id = ?1 AND julianday(p.created_at) <= julianday(a.created_at)",
                [id],
                |r| r.get::<_, i64>(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// A small user setting (such as the last folder exported to).
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// The text of the questionnaire an assessment was taken against.
    pub fn questionnaire_snapshot(&self, hash: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT source FROM questionnaire_snapshot WHERE hash = ?1",
                [hash],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    // ---- answers ----

    /// All answers of an assessment, by question id — including answers to questions that
    /// are no longer in the questionnaire.
    pub fn answers(&self, assessment: i64) -> Result<BTreeMap<String, Answer>, StoreError> {
        self.assessment(assessment)?;
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT question_id, {ANSWER_COLUMNS} FROM answer WHERE assessment_id = ?1"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([assessment], |r| {
                Ok((r.get::<_, String>(0)?, row_to_answer(r, 1)))
            })
            .map_err(|e| self.err(e))?;
        let mut out = BTreeMap::new();
        for row in rows {
            let (qid, answer) = row.map_err(|e| self.err(e))?;
            out.insert(qid, answer.map_err(|why| self.corrupt(why))?);
        }
        Ok(out)
    }

    /// The responses alone (maturity, not applicable or unanswered) of an assessment, by
    /// question id: all that its figures need, read without its notes and evidence. A
    /// not-applicable response comes without its justification.
    pub fn responses(&self, assessment: i64) -> Result<BTreeMap<String, Response>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT question_id, maturity, not_applicable FROM answer WHERE assessment_id = ?1",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([assessment], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?,
                    r.get::<_, bool>(2)?,
                ))
            })
            .map_err(|e| self.err(e))?;
        let mut out = BTreeMap::new();
        for row in rows {
            let (question, maturity, na) = row.map_err(|e| self.err(e))?;
            let response = match (maturity, na) {
                (_, true) => Response::NotApplicable {
                    justification: String::new(),
                },
                (Some(m), false) => Response::Maturity {
                    level: u8::try_from(m).map_err(|e| self.corrupt(e.to_string()))?,
                },
                (None, false) => Response::Unanswered,
            };
            out.insert(question, response);
        }
        Ok(out)
    }

    pub fn answer(&self, assessment: i64, question: &str) -> Result<Answer, StoreError> {
        let row = self
            .conn
            .query_row(SELECT_ANSWER, params![assessment, question], |r| {
                Ok(row_to_answer(r, 0))
            })
            .optional()
            .map_err(|e| self.err(e))?;
        match row {
            None => Ok(Answer::default()),
            Some(a) => a.map_err(|why| self.corrupt(why)),
        }
    }

    /// The last entry of an assessment's answer history: its number (0 when there is none)
    /// and when it was written.
    pub fn last_history_entry(
        &self,
        assessment: i64,
    ) -> Result<(i64, Option<Timestamp>), StoreError> {
        let row = self
            .conn
            .prepare_cached(concat!(
                "SELECT ",
                sequence_of!("id"),
                ", changed_at FROM answer_history WHERE ",
                history_of!("id", "?1"),
                " ORDER BY id DESC LIMIT 1"
            ))
            .and_then(|mut s| {
                s.query_row([assessment], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
                })
                .optional()
            })
            .map_err(|e| self.err(e))?;
        match row {
            None => Ok((0, None)),
            Some((seq, at)) => {
                let at = at
                    .parse::<Timestamp>()
                    .map_err(|e| self.corrupt(format!("bad timestamp {at:?}: {e}")))?;
                Ok((seq, Some(at)))
            }
        }
    }

    /// Records an answer durably, with its history row, in one transaction. Returns the
    /// answer it replaced. Recording the same answer again changes nothing. Validation
    /// against the questionnaire is the caller's job (see `assessment::validate_answer`).
    pub fn set_answer(
        &mut self,
        assessment: i64,
        question: &str,
        answer: &Answer,
    ) -> Result<Answer, StoreError> {
        self.write_answer_checked(assessment, question, None, answer)
    }

    /// Records an answer only if the stored one is still `expected`, the answer the caller
    /// showed its user. When another program (a second aimsgap on the same file) changed it
    /// in between, nothing is written and [`StoreError::Conflict`] carries the current answer:
    /// a stale screen never overwrites newer work.
    pub fn set_answer_if(
        &mut self,
        assessment: i64,
        question: &str,
        expected: &Answer,
        answer: &Answer,
    ) -> Result<Answer, StoreError> {
        self.write_answer_checked(assessment, question, Some(expected), answer)
    }

    /// Reads the stored answer and writes the one `change` makes of it, in one immediate
    /// transaction: no other writer can come in between, so a field that another program set
    /// meanwhile is kept, never undone by a copy read before it. `change` gets the stored
    /// answer (the default one if there is none) and may refuse; then nothing is written.
    /// Returns the answer it replaced. Validation against the questionnaire is the caller's
    /// job, inside `change` (see `assessment::validate_answer`).
    pub fn update_answer<E: From<StoreError>>(
        &mut self,
        assessment: i64,
        question: &str,
        change: impl FnOnce(&Answer) -> Result<Answer, E>,
    ) -> Result<Answer, E> {
        let now = Timestamp::now();
        let label = self.label.clone();
        let author = self.author.clone();
        let tx = self.begin()?;
        // Every statement of this path is prepared once per connection and kept: parsing
        // the SQL again on every answer cost as much as the rest of the work together.
        let previous: Option<Answer> = tx
            .prepare_cached(SELECT_ANSWER)
            .and_then(|mut s| {
                s.query_row(params![assessment, question], |r| Ok(row_to_answer(r, 0)))
                    .optional()
            })
            .map_err(|e| sqlite(&label, e))?
            .transpose()
            .map_err(|why| StoreError::Corrupt {
                path: label.clone(),
                why,
            })?;
        // A stored answer implies its assessment (they go together); without one, check.
        if previous.is_none() {
            let exists: bool = tx
                .prepare_cached("SELECT 1 FROM assessment WHERE id = ?1")
                .and_then(|mut s| s.query_row([assessment], |_| Ok(true)).optional())
                .map_err(|e| sqlite(&label, e))?
                .unwrap_or(false);
            if !exists {
                return Err(StoreError::NoAssessment(assessment).into());
            }
        }
        let old = previous.clone().unwrap_or_default();
        let answer = change(&old)?;
        if old == answer {
            return Ok(old);
        }
        // Who said it must be an attendee now, inside this transaction: one removed by
        // another program meanwhile is refused, never left cited (a restore would refuse
        // it). Those cited before need no look: a cited attendee is not removed.
        for &n in answer.said_by.iter().filter(|n| !old.said_by.contains(n)) {
            let found = tx
                .prepare_cached("SELECT 1 FROM attendee WHERE assessment_id = ?1 AND number = ?2")
                .and_then(|mut s| s.query_row(params![assessment, n], |_| Ok(())).optional())
                .map_err(|e| sqlite(&label, e))?;
            if found.is_none() {
                return Err(StoreError::NoAttendee {
                    id: assessment,
                    question: question.to_string(),
                    number: n,
                }
                .into());
            }
        }
        write_answer(
            &tx,
            assessment,
            question,
            &answer,
            previous.as_ref(),
            now,
            &author,
        )
        .and_then(|()| clear_drafts(&tx, assessment, question))
        .and_then(|()| tx.commit())
        .map_err(|e| sqlite(&label, e))?;
        Ok(old)
    }

    fn write_answer_checked(
        &mut self,
        assessment: i64,
        question: &str,
        expected: Option<&Answer>,
        answer: &Answer,
    ) -> Result<Answer, StoreError> {
        self.update_answer(assessment, question, |old| match expected {
            Some(e) if e != old => Err(StoreError::Conflict {
                question: question.to_string(),
                current: Box::new(old.clone()),
            }),
            _ => Ok(answer.clone()),
        })
    }

    /// Keeps the text being typed into a field, durably, replacing the previous draft.
    pub fn save_draft(
        &mut self,
        assessment: i64,
        question: &str,
        field: &str,
        text: &str,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO draft (assessment_id, question_id, field, text, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (assessment_id, question_id, field) DO UPDATE SET
                 text = excluded.text, updated_at = excluded.updated_at",
                params![
                    assessment,
                    question,
                    field,
                    text,
                    Timestamp::now().to_string()
                ],
            )
            .map_err(|e| match e {
                // The assessment was deleted (by another program): say so, plainly.
                rusqlite::Error::SqliteFailure(f, _)
                    if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY =>
                {
                    StoreError::NoAssessment(assessment)
                }
                e => self.err(e),
            })?;
        Ok(())
    }

    /// Drops the drafts of a question (all fields).
    pub fn discard_drafts(&mut self, assessment: i64, question: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "DELETE FROM draft WHERE assessment_id = ?1 AND question_id = ?2",
                params![assessment, question],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Unsaved drafts of an assessment, oldest first.
    pub fn drafts(&self, assessment: i64) -> Result<Vec<Draft>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT question_id, field, text, updated_at FROM draft
                 WHERE assessment_id = ?1 ORDER BY updated_at, question_id, field",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([assessment], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?))
            })
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (question_id, field, text, at) = row.map_err(|e| self.err(e))?;
            out.push(Draft {
                question_id,
                field,
                text,
                updated_at: at
                    .parse()
                    .map_err(|e: jiff::Error| self.corrupt(e.to_string()))?,
            });
        }
        Ok(out)
    }

    /// The history of one question's answer (or of all answers), oldest first.
    pub fn history(
        &self,
        assessment: i64,
        question: Option<&str>,
    ) -> Result<Vec<HistoryEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(concat!(
                "SELECT question_id, changed_at, old_value, new_value, author FROM answer_history \
                 WHERE ",
                history_of!("id", "?1"),
                " AND (?2 IS NULL OR question_id = ?2) ORDER BY id"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![assessment, question], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (question_id, at, old, new, author) = row.map_err(|e| self.err(e))?;
            let parse = |s: &str| {
                serde_json::from_str::<Answer>(s).map_err(|e| self.corrupt(e.to_string()))
            };
            out.push(HistoryEntry {
                question_id,
                changed_at: at
                    .parse()
                    .map_err(|e: jiff::Error| self.corrupt(e.to_string()))?,
                author,
                old: old.as_deref().map(parse).transpose()?,
                new: parse(&new)?,
            });
        }
        Ok(out)
    }

    fn corrupt(&self, why: String) -> StoreError {
        StoreError::Corrupt {
            path: self.label.clone(),
            why,
        }
    }
}

/// An assessment's columns, and (last) the time of its latest answer change: its
/// `updated_at` is the later of its own and that.
const ASSESSMENT_COLUMNS: &str = concat!(
    "id, organisation, scope, assessor, assessed_on, target, \
     questionnaire_id, questionnaire_version, questionnaire_hash, questionnaire_path, \
     roadmap_start, capacity, created_at, updated_at, effort_s, effort_m, effort_l, \
     audit_cycle_weeks, owner_capacity, holidays, day_rate, currency, lang, \
     (SELECT h.changed_at FROM answer_history h \
     WHERE ",
    history_of!("h.id", "assessment.id"),
    " ORDER BY h.id DESC LIMIT 1)"
);

const ANSWER_COLUMNS: &str = "maturity, not_applicable, justification, notes, evidence, basis, \
     owner, due, finding, recommendation, management_response, said_by, carried_over";

const SELECT_ANSWER: &str = "SELECT maturity, not_applicable, justification, notes, evidence, \
     basis, owner, due, finding, recommendation, management_response, said_by, carried_over \
     FROM answer \
     WHERE assessment_id = ?1 AND question_id = ?2";

type RowResult<T> = Result<T, String>;

fn row_to_assessment(r: &rusqlite::Row) -> rusqlite::Result<RowResult<Assessment>> {
    let date = |i: usize| -> rusqlite::Result<RowResult<Date>> {
        let s: String = r.get(i)?;
        Ok(s.parse::<Date>()
            .map_err(|e| format!("bad date {s:?}: {e}")))
    };
    let stamp = |i: usize| -> rusqlite::Result<RowResult<Timestamp>> {
        let s: String = r.get(i)?;
        Ok(s.parse::<Timestamp>()
            .map_err(|e| format!("bad timestamp {s:?}: {e}")))
    };
    let (assessed, start, created, updated) = (date(4)?, date(10)?, stamp(12)?, stamp(13)?);
    let target: i64 = r.get(5)?;
    let id: i64 = r.get(0)?;
    let organisation: String = r.get(1)?;
    let scope: String = r.get(2)?;
    let assessor: String = r.get(3)?;
    let questionnaire = QuestionnaireStamp {
        id: r.get(6)?,
        version: r.get(7)?,
        hash: r.get(8)?,
    };
    let questionnaire_path: Option<String> = r.get(9)?;
    let capacity: f64 = r.get(11)?;
    let effort = crate::assessment::EffortDays {
        s: r.get(14)?,
        m: r.get(15)?,
        l: r.get(16)?,
    };
    let audit_cycle_weeks: f64 = r.get(17)?;
    let owner_capacity: String = r.get(18)?;
    let holidays: String = r.get(19)?;
    let day_rate: Option<f64> = r.get(20)?;
    let currency: String = r.get(21)?;
    let lang: String = r.get(22)?;
    let answered_at: Option<String> = r.get(23)?;
    Ok((|| {
        let (owner_capacity, holidays) = plan_columns(&owner_capacity, &holidays)?;
        let day_rate = day_rate
            .map(|amount| crate::assessment::DayRate::new(amount, &currency))
            .transpose()?;
        let lang = stored_lang(&lang)?;
        let mut updated_at = updated?;
        if let Some(s) = answered_at {
            let at = s
                .parse::<Timestamp>()
                .map_err(|e| format!("bad timestamp {s:?}: {e}"))?;
            updated_at = updated_at.max(at);
        }
        Ok(Assessment {
            id,
            organisation,
            scope,
            assessor,
            date: assessed?,
            target: u8::try_from(target).map_err(|e| e.to_string())?,
            questionnaire,
            questionnaire_path,
            roadmap_start: start?,
            capacity,
            effort,
            audit_cycle_weeks,
            owner_capacity,
            holidays,
            day_rate,
            lang,
            created_at: created?,
            updated_at,
        })
    })())
}

/// An assessment's language as stored: a code this version speaks.
pub(crate) fn stored_lang(code: &str) -> RowResult<crate::i18n::Lang> {
    crate::i18n::Lang::parse(code)
        .filter(|l| l.code() == code)
        .ok_or_else(|| format!("its language {code:?} is not one this version of aimsgap speaks"))
}

/// The owner capacities and holidays as stored (JSON), read and checked.
pub(crate) type PlanColumns = (
    std::collections::BTreeMap<String, f64>,
    std::collections::BTreeSet<Date>,
);

pub(crate) fn plan_columns(owner_capacity: &str, holidays: &str) -> RowResult<PlanColumns> {
    let capacities: std::collections::BTreeMap<String, f64> =
        serde_json::from_str(owner_capacity).map_err(|e| format!("owner capacities: {e}"))?;
    for (owner, c) in &capacities {
        crate::assessment::check_capacity(*c).map_err(|e| format!("{owner}: {e}"))?;
    }
    let days: std::collections::BTreeSet<Date> =
        serde_json::from_str(holidays).map_err(|e| format!("holidays: {e}"))?;
    for d in &days {
        crate::assessment::check_year("holiday", *d).map_err(|e| e.to_string())?;
    }
    Ok((capacities, days))
}

fn plan_json(fields: &NewAssessment) -> (String, String) {
    (
        serde_json::to_string(&fields.owner_capacity).expect("a map of numbers serialises"),
        serde_json::to_string(&fields.holidays).expect("dates serialise"),
    )
}

fn row_to_answer(r: &rusqlite::Row, first: usize) -> RowResult<Answer> {
    let get = || -> rusqlite::Result<_> {
        Ok((
            r.get::<_, Option<i64>>(first)?,
            r.get::<_, bool>(first + 1)?,
            r.get::<_, String>(first + 2)?,
            r.get::<_, String>(first + 3)?,
            r.get::<_, String>(first + 4)?,
            r.get::<_, Option<String>>(first + 5)?,
            r.get::<_, String>(first + 6)?,
            r.get::<_, Option<String>>(first + 7)?,
            r.get::<_, String>(first + 8)?,
            r.get::<_, String>(first + 9)?,
            r.get::<_, String>(first + 10)?,
            r.get::<_, String>(first + 11)?,
            r.get::<_, Option<String>>(first + 12)?,
        ))
    };
    let (
        maturity,
        na,
        justification,
        notes,
        evidence,
        basis,
        owner,
        due,
        finding,
        recommendation,
        management_response,
        said_by,
        carried_over,
    ) = get().map_err(|e| e.to_string())?;
    let response = match (maturity, na) {
        (_, true) => Response::NotApplicable { justification },
        (Some(m), false) => Response::Maturity {
            level: u8::try_from(m).map_err(|e| e.to_string())?,
        },
        (None, false) => Response::Unanswered,
    };
    Ok(Answer {
        response,
        finding,
        recommendation,
        management_response,
        notes,
        evidence: serde_json::from_str(&evidence).map_err(|e| e.to_string())?,
        basis: match basis {
            None => None,
            Some(b) => Some(EvidenceBasis::parse(&b).ok_or(format!("unknown basis {b:?}"))?),
        },
        said_by: serde_json::from_str(&said_by)
            .map_err(|e| format!("bad list of attendees {said_by:?}: {e}"))?,
        owner,
        due: due
            .map(|d| d.parse::<Date>().map_err(|e| e.to_string()))
            .transpose()?,
        carried_over: carried_over
            .map(|c| serde_json::from_str(&c).map_err(|e| format!("bad carry-over {c:?}: {e}")))
            .transpose()?,
    })
}

fn save_snapshot(tx: &Transaction, q: &Questionnaire) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO questionnaire_snapshot (hash, id, version, source)
         VALUES (?1, ?2, ?3, ?4)",
        params![q.hash, q.id, q.version, &*q.source],
    )?;
    Ok(())
}

fn insert_assessment(
    tx: &Transaction,
    new: &NewAssessment,
    q: &QuestionnaireStamp,
    path: Option<&str>,
    now: &str,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO assessment (organisation, scope, assessor, assessed_on, target,
         questionnaire_id, questionnaire_version, questionnaire_hash, questionnaire_path,
         roadmap_start, capacity, created_at, updated_at, effort_s, effort_m, effort_l,
         audit_cycle_weeks, owner_capacity, holidays, lang)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13, ?14, ?15, ?16, ?17,
         ?18, ?19)",
        params![
            new.organisation.trim(),
            new.scope.trim(),
            new.assessor.trim(),
            new.date.to_string(),
            new.target,
            q.id,
            q.version,
            q.hash,
            path,
            new.roadmap_start.to_string(),
            new.capacity,
            now,
            new.effort.s,
            new.effort.m,
            new.effort.l,
            new.audit_cycle_weeks,
            plan_json(new).0,
            plan_json(new).1,
            new.lang.code()
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

fn write_answer(
    tx: &Transaction,
    assessment: i64,
    question: &str,
    answer: &Answer,
    previous: Option<&Answer>,
    now: Timestamp,
    author: &str,
) -> rusqlite::Result<()> {
    let now = now.to_string();
    let (maturity, na, justification) = match &answer.response {
        Response::Unanswered => (None, false, ""),
        Response::Maturity { level } => (Some(*level), false, ""),
        Response::NotApplicable { justification } => (None, true, justification.as_str()),
    };
    let to_json = |a: &Answer| serde_json::to_string(a).expect("answers serialise");
    tx.prepare_cached(
        "INSERT INTO answer (assessment_id, question_id, maturity, not_applicable,
         justification, notes, evidence, basis, owner, due, updated_at, finding,
         recommendation, management_response, said_by, carried_over)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
         ON CONFLICT (assessment_id, question_id) DO UPDATE SET
         maturity = excluded.maturity, not_applicable = excluded.not_applicable,
         justification = excluded.justification, notes = excluded.notes,
         evidence = excluded.evidence, basis = excluded.basis, owner = excluded.owner,
         due = excluded.due, updated_at = excluded.updated_at, finding = excluded.finding,
         recommendation = excluded.recommendation,
         management_response = excluded.management_response, said_by = excluded.said_by,
         carried_over = excluded.carried_over",
    )?
    .execute(params![
        assessment,
        question,
        maturity,
        na,
        justification,
        answer.notes,
        serde_json::to_string(&answer.evidence).expect("strings serialise"),
        answer.basis.map(EvidenceBasis::as_str),
        answer.owner,
        answer.due.map(|d| d.to_string()),
        now,
        answer.finding,
        answer.recommendation,
        answer.management_response,
        serde_json::to_string(&answer.said_by).expect("numbers serialise"),
        answer
            .carried_over
            .as_ref()
            .map(|c| serde_json::to_string(c).expect("a carry-over serialises"))
    ])?;
    // Keyed after the assessment's last entry (see migration 6), found by one descent.
    tx.prepare_cached(concat!(
        "INSERT INTO answer_history (id, assessment_id, question_id, changed_at, old_value,
         new_value, author)
         SELECT coalesce(max(id), ?1 << 32) + 1, ?1, ?2, ?3, ?4, ?5, ?6 FROM answer_history
         WHERE ",
        history_of!("id", "?1")
    ))?
    .execute(params![
        assessment,
        question,
        now,
        previous.map(to_json),
        to_json(answer),
        author
    ])?;
    // The saved figures no longer hold. Once they are gone this writes nothing, so a
    // workshop's answers cost two pages each: the answer and its history row.
    tx.prepare_cached("DELETE FROM assessment_figures WHERE assessment_id = ?1")?
        .execute([assessment])?;
    Ok(())
}

fn clear_drafts(tx: &Transaction, assessment: i64, question: &str) -> rusqlite::Result<()> {
    tx.prepare_cached("DELETE FROM draft WHERE assessment_id = ?1 AND question_id = ?2")?
        .execute(params![assessment, question])?;
    Ok(())
}

fn sqlite(label: &str, e: rusqlite::Error) -> StoreError {
    // A stored value of the wrong type, or text that is not UTF-8: the file holds something
    // this version did not write.
    if let rusqlite::Error::FromSqlConversionFailure(..)
    | rusqlite::Error::InvalidColumnType(..)
    | rusqlite::Error::IntegralValueOutOfRange(..)
    | rusqlite::Error::Utf8Error(..) = e
    {
        return StoreError::Corrupt {
            path: label.to_string(),
            why: format!(
                "{e}; keep a copy with `aimsgap backup ID -o FILE`, then `aimsgap delete ID` removes the assessment"
            ),
        };
    }
    if e.to_string().contains(record::FINAL_MARKER) {
        return StoreError::Final { id: None };
    }
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked {
            path: label.to_string(),
        },
        // A database file that can be written, with a journal file beside it that cannot
        // (or a folder where one cannot be made): name that file, not the database.
        Some(ErrorCode::ReadOnly) => match (label != ":memory:")
            .then(|| permission_cause(Path::new(label)))
            .flatten()
        {
            Some(why) => StoreError::Path {
                path: label.to_string(),
                why,
            },
            None => StoreError::ReadOnly {
                path: label.to_string(),
                why: "the change was not saved".into(),
            },
        },
        _ => StoreError::Sqlite {
            path: label.to_string(),
            error: e,
        },
    }
}

/// The file itself is writable (checked before), so a write refused while opening it is about
/// the files beside it: a `-wal`, `-shm` or `-journal` that this user cannot write (left by
/// another user, such as root), or a folder where they cannot be created. Each gets its own
/// message; anything else keeps SQLite's.
fn beside_the_file(e: StoreError, path: &Path) -> StoreError {
    let permission = match &e {
        StoreError::ReadOnly { .. } => true,
        StoreError::Sqlite { error, .. } => matches!(
            error.sqlite_error_code(),
            Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::ReadOnly)
        ),
        _ => false,
    };
    if !permission {
        return e;
    }
    match permission_cause(path) {
        Some(why) => StoreError::Path {
            path: path.display().to_string(),
            why,
        },
        None => e,
    }
}

/// Which file beside the database this user cannot write, in words; `None` if all can be,
/// or if the database itself cannot be written (that is the cause, said elsewhere).
fn permission_cause(path: &Path) -> Option<String> {
    if !path.is_file() || !writable(path) {
        return None;
    }
    for (suffix, what, advice) in [
        (
            "-wal",
            "write-ahead log",
            "do not delete it: it may hold saved answers",
        ),
        (
            "-journal",
            "rollback journal",
            "do not delete it: it may be needed to repair the database",
        ),
        (
            "-shm",
            "shared-memory index",
            "or delete it while no aimsgap has the database open",
        ),
    ] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let file = PathBuf::from(file);
        if let Ok(meta) = std::fs::symlink_metadata(&file)
            && !writable(&file)
        {
            return Some(format!(
                "its {what} {} cannot be written by this user ({}); make it writable for you again (chown or chmod), {advice}",
                file.display(),
                owner_and_mode(&meta)
            ));
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    (!writable(dir)).then(|| journal_files_message(path))
}

/// True when this process may write `path` (for a folder: create files in it).
fn writable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
            return true;
        };
        // SAFETY: a NUL-terminated path that lives across the call.
        unsafe { libc::faccessat(libc::AT_FDCWD, c.as_ptr(), libc::W_OK, libc::AT_EACCESS) == 0 }
    }
    #[cfg(not(unix))]
    {
        !std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly())
    }
}

fn owner_and_mode(meta: &std::fs::Metadata) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let owner = match meta.uid() {
            0 => "root".to_string(),
            uid => format!("user {uid}"),
        };
        format!("owned by {owner}, mode {:o}", meta.mode() & 0o7777)
    }
    #[cfg(not(unix))]
    {
        if meta.permissions().readonly() {
            "read-only".into()
        } else {
            "not writable".into()
        }
    }
}

fn journal_files_message(path: &Path) -> String {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.display().to_string(),
        _ => ".".to_string(),
    };
    format!(
        "aimsgap needs to create its journal files next to it, in {dir}; check that this directory is writable"
    )
}

fn is_read_only(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied)
    )
}

fn read_only_file(path: &Path) -> bool {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied)
}

/// Creates an empty file readable and writable by its owner only.
fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(drop)
}

/// Creates a directory (and its parents) readable by its owner only, if it is missing.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}
