//! Backups and restores, with SQLite's online backup: a consistent copy taken while the
//! database stays in use. A backup is itself an aimsgap database, readable by its owner only.
//! Restoring imports a backup's assessments — answers, history, drafts, SoA reasons, the risk register, the
//! engagement record, open merge conflicts, the ISO 27001 references in place, the client's self-assessment and questionnaire copies — into the open database as new assessments; nothing there is
//! replaced, and the backup file is not changed.

use std::path::{Path, PathBuf};

use rusqlite::backup::Progress;
use rusqlite::{Connection, MAIN_DB, params};

use super::{Store, StoreError, sqlite};
use crate::files;

/// What a restore brought in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The assessment's id in the backup.
    pub from: i64,
    /// Its id in this database.
    pub to: i64,
    pub organisation: String,
}

/// Tables copied per assessment, in an order that satisfies the foreign keys.
/// `document_control` comes last: a finalised assessment refuses rows added after it.
const PER_ASSESSMENT: &[&str] = &[
    "answer",
    "handout",
    "answer_history",
    "draft",
    "risk",
    "inclusion",
    "ai_system",
    "suggestion_verdict",
    "attendee",
    "reviewed_document",
    "assessment_event",
    "narrative",
    "open_point",
    "timebox",
    "sitting_time",
    "merge_conflict",
    "self_rating",
    "iso27001_in_place",
    "document_control",
];

impl Store {
    /// Writes a copy of the whole database, or of one assessment, to `dest`, which must not
    /// exist yet — not even as a link, dangling or not, or a special file. The copy is written
    /// beside `dest` under an unpredictable name, created exclusively and readable by its
    /// owner only, and moved into place, without replacing anything, when complete.
    pub fn backup_to(&self, dest: &Path, only: Option<i64>) -> Result<(), StoreError> {
        self.write_copy(dest, only, Replace::Never, |_| Ok(()))
    }

    /// [`Store::backup_to`], with `finish` run on the copy before it is moved into place, and
    /// an existing file at `dest` replaced as `replace` allows.
    pub(super) fn write_copy(
        &self,
        dest: &Path,
        only: Option<i64>,
        replace: Replace,
        finish: impl FnOnce(&Connection) -> rusqlite::Result<()>,
    ) -> Result<(), StoreError> {
        if let Some(id) = only {
            self.require_assessment(id)?;
        }
        let label = dest.display().to_string();
        let path_err = |why: String| StoreError::Backup {
            path: label.clone(),
            why,
        };
        let exists = || {
            path_err(
                match replace {
                    Replace::Never => "it already exists; choose another name or remove it first",
                    Replace::Unless => {
                        "it already exists; choose another name, or give --force to replace it"
                    }
                    Replace::Fork => "it already exists",
                }
                .into(),
            )
        };
        let existing = std::fs::symlink_metadata(dest).ok();
        if existing.is_some() && replace != Replace::Fork {
            return Err(exists());
        }
        let target = files::resolve(dest).map_err(|e| path_err(e.to_string()))?;
        let protected = self
            .path()
            .map_or_else(files::Protected::nothing, files::Protected::database);
        let refusal = protected.refusal(&target);
        // An earlier copy handed out may be replaced when asked (never the database in use,
        // whose refusal says so); any other database not.
        let replaceable = replace == Replace::Fork
            && refusal == files::Protected::nothing().refusal(&target)
            && is_fork(&target);
        if let Some(why) = refusal
            && !replaceable
        {
            return Err(path_err(format!("{why}; choose another name")));
        }
        let target_exists = match std::fs::symlink_metadata(&target) {
            Ok(m) if m.is_file() => true,
            Ok(_) => {
                return Err(path_err(
                    "it exists and is not a regular file; choose another name".into(),
                ));
            }
            Err(_) => false,
        };
        let (dir, name) = match (target.parent(), target.file_name()) {
            (Some(dir), Some(name)) => (dir, name),
            _ => return Err(path_err("it is not a file name".into())),
        };
        files::sweep(dir);
        let tmp = files::temp_file(dir, name, files::PARTIAL_SUFFIX)
            .map_err(|e| path_err(format!("cannot create it: {e}")))?;
        let tmp_path = tmp.path().to_path_buf();
        let result = (|| {
            self.conn
                .backup(MAIN_DB, &tmp_path, None::<fn(Progress)>)
                .map_err(|e| sqlite(&label, e))?;
            let copy = Connection::open(&tmp_path).map_err(|e| sqlite(&label, e))?;
            let keep_only = |id: i64| -> rusqlite::Result<()> {
                copy.execute_batch("PRAGMA foreign_keys = ON;")?;
                copy.execute("DELETE FROM assessment WHERE id <> ?1", [id])?;
                copy.execute(
                    "DELETE FROM questionnaire_snapshot WHERE hash NOT IN
                     (SELECT questionnaire_hash FROM assessment)",
                    [],
                )?;
                copy.execute("DELETE FROM setting", [])?;
                copy.execute_batch("VACUUM;")
            };
            if let Some(id) = only {
                keep_only(id).map_err(|e| sqlite(&label, e))?;
            }
            finish(&copy).map_err(|e| sqlite(&label, e))?;
            // One self-contained file: fold the write-ahead log back in.
            copy.execute_batch("PRAGMA journal_mode = DELETE;")
                .map_err(|e| sqlite(&label, e))?;
            drop(copy);
            tmp.as_file()
                .sync_all()
                .map_err(|e| path_err(e.to_string()))?;
            // Never over anything that appeared meanwhile, unless replacing is asked for.
            let persisted = if replace == Replace::Fork && target_exists {
                tmp.persist(&target).map(drop)
            } else {
                tmp.persist_noclobber(&target).map(drop)
            };
            persisted.map_err(|e| {
                if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                    exists()
                } else {
                    path_err(e.error.to_string())
                }
            })?;
            Ok(())
        })();
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut p = tmp_path.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
        result
    }

    /// A private copy in memory of the aimsgap database or backup at `source`, brought up to
    /// this version's schema and every row checked (see `validate`), with the name under which
    /// it can be attached. The file itself is never written to, whatever version made it, and
    /// no copy of it is left on disk if the work is cut short.
    pub(super) fn load_copy(&self, source: &Path) -> Result<(Store, String), StoreError> {
        let label = source.display().to_string();
        if !source.is_file() {
            return Err(StoreError::Path {
                path: label,
                why: "there is no such file".into(),
            });
        }
        files::sweep_old_restore_copies();
        let copy_name = memory_name();
        let mut copy_conn = Connection::open_with_flags(
            &copy_name,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
                | rusqlite::OpenFlags::SQLITE_OPEN_CREATE
                | rusqlite::OpenFlags::SQLITE_OPEN_URI
                | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| sqlite(&label, e))?;
        {
            let src =
                Connection::open_with_flags(source, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                    .map_err(|e| sqlite(&label, e))?;
            rusqlite::backup::Backup::new(&src, &mut copy_conn)
                .and_then(|b| b.run_to_completion(1024, std::time::Duration::ZERO, None))
                .map_err(|e| match e.sqlite_error_code() {
                    Some(rusqlite::ErrorCode::NotADatabase) => StoreError::Foreign {
                        path: label.clone(),
                        why: "the file is not an SQLite database".into(),
                    },
                    _ => sqlite(&label, e),
                })?;
        }
        let mut copy = Store {
            conn: copy_conn,
            label: label.clone(),
            upgrade_backup: None,
            author: String::new(),
            guarded: false,
            busy: super::DEFAULT_BUSY,
        };
        copy.prepare(false)?;
        // Every row is checked before anything is imported: all or nothing.
        let problems = super::validate::check(&copy.conn, &|hash| {
            self.questionnaire_snapshot(hash).ok().flatten()
        })
        .map_err(|e| sqlite(&label, e))?;
        if !problems.is_empty() {
            return Err(StoreError::BadBackup {
                path: label,
                problems,
            });
        }
        Ok((copy, copy_name))
    }

    /// Imports every assessment of the backup at `source` as a new assessment here.
    pub fn restore_from(&mut self, source: &Path) -> Result<Vec<Restored>, StoreError> {
        let (copy, copy_name) = self.load_copy(source)?;
        let columns = |table: &str| -> Result<Vec<String>, StoreError> {
            let mut stmt = self
                .conn
                .prepare("SELECT name FROM pragma_table_info(?1)")
                .map_err(|e| self.err(e))?;
            let names = stmt
                .query_map([table], |r| r.get::<_, String>(0))
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
                .map_err(|e| self.err(e))?;
            Ok(names
                .into_iter()
                .filter(|c| c != "id" && c != "assessment_id")
                .collect())
        };
        let assessment_cols = columns("assessment")?.join(", ");
        let per_table: Vec<(&str, String)> = PER_ASSESSMENT
            .iter()
            .map(|t| Ok((*t, columns(t)?.join(", "))))
            .collect::<Result<_, StoreError>>()?;

        self.conn
            .execute("ATTACH DATABASE ?1 AS backup", [&copy_name])
            .map_err(|e| self.err(e))?;
        let result = (|| -> rusqlite::Result<Vec<Restored>> {
            let tx = self.conn.unchecked_transaction()?;
            tx.execute(
                "INSERT OR IGNORE INTO main.questionnaire_snapshot
                 SELECT * FROM backup.questionnaire_snapshot",
                [],
            )?;
            let sources: Vec<(i64, String)> = {
                let mut stmt =
                    tx.prepare("SELECT id, organisation FROM backup.assessment ORDER BY id")?;
                stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()?
            };
            let mut restored = Vec::new();
            for (from, organisation) in sources {
                tx.execute(
                    &format!(
                        "INSERT INTO main.assessment ({assessment_cols})
                         SELECT {assessment_cols} FROM backup.assessment WHERE id = ?1"
                    ),
                    [from],
                )?;
                let to = tx.last_insert_rowid();
                for (table, cols) in &per_table {
                    // History rows are keyed by their assessment (see migration 6): they take
                    // the new id, and are found by key range.
                    let sql = if *table == "answer_history" {
                        format!(
                            concat!(
                                "INSERT INTO main.{table} (id, assessment_id, {cols})
                                 SELECT (?1 << 32) + (",
                                sequence_of!("id"),
                                "), ?1, {cols} FROM backup.{table} WHERE ",
                                history_of!("id", "?2"),
                                " ORDER BY id"
                            ),
                            table = table,
                            cols = cols
                        )
                    } else {
                        format!(
                            "INSERT INTO main.{table} (assessment_id, {cols})
                             SELECT ?1, {cols} FROM backup.{table} WHERE assessment_id = ?2
                             ORDER BY rowid"
                        )
                    };
                    tx.execute(&sql, params![to, from])?;
                }
                restored.push(Restored {
                    from,
                    to,
                    organisation,
                });
            }
            tx.commit()?;
            Ok(restored)
        })();
        let detach = self.conn.execute("DETACH DATABASE backup", []);
        let restored = result.map_err(|e| self.err(e))?;
        detach.map_err(|e| self.err(e))?;
        drop(copy);
        Ok(restored)
    }

    /// Before a migration changes the file: a copy of it as it was, next to it.
    pub(super) fn backup_before_migration(
        &self,
        path: &Path,
        version: i64,
    ) -> Result<PathBuf, StoreError> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "aimsgap.db".into());
        let mut dest = path.with_file_name(format!("{name}.schema-v{version}.bak"));
        let mut n = 1;
        while dest.exists() {
            n += 1;
            dest = path.with_file_name(format!("{name}.schema-v{version}.{n}.bak"));
        }
        self.backup_to(&dest, None)?;
        Ok(dest)
    }
}

/// What an existing file at a copy's destination may be replaced with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Replace {
    /// Nothing: a file there is refused.
    Never,
    /// Nothing, unless asked for (the refusal says how).
    Unless,
    /// A file that is not an SQLite database, or an earlier copy handed out by `fork`.
    Fork,
}

/// Whether `path` is a copy handed out by `fork` (it says so in its settings).
fn is_fork(path: &Path) -> bool {
    Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| {
            c.query_row(
                "SELECT count(*) FROM setting WHERE key = ?1",
                [super::fork::HANDOUT_SETTING],
                |r| r.get::<_, i64>(0),
            )
        })
        .is_ok_and(|n| n > 0)
}

/// A name for a private in-memory database that other connections of this process can
/// attach, unique within the process.
fn memory_name() -> String {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!(
        "file:aimsgap-restore-{}-{n}?mode=memory&cache=shared",
        std::process::id()
    )
}
