//! Files written where the user says: reports and backups.
//!
//! Whatever path is given, nothing that matters is destroyed:
//! - the database, its `-wal`, `-shm` and `-journal`, and any other SQLite database (the
//!   copies taken before an upgrade, backups) are refused as output. The database and its
//!   journal files are recognised by device and inode, and by their real name when they do
//!   not exist yet, whatever links lead to them;
//! - a FIFO or a character device (`/dev/null`, `/dev/stdout`, a terminal) is written into,
//!   never replaced; a folder, a block device or a socket is refused;
//! - a regular file is replaced atomically, through a temporary file next to it that is
//!   created exclusively, without following links, readable by its owner only from the start,
//!   under a name nobody can guess. A symbolic link is followed to the file it names, unless
//!   it sits in a shared sticky folder (such as /tmp) and belongs to someone else, as the
//!   kernel's own rule for such links;
//! - temporary files left behind by a run that was killed are swept the next time a file is
//!   written to the same folder.

use std::ffi::OsStr;
use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

use anyhow::{Result, anyhow, bail};
use tempfile::NamedTempFile;

/// The end of the name of a report being written (`.NAME.RANDOM.aimsgap-tmp`).
pub const TMP_SUFFIX: &str = ".aimsgap-tmp";
/// The end of the name of a backup being written (`.NAME.RANDOM.aimsgap-partial`).
pub const PARTIAL_SUFFIX: &str = ".aimsgap-partial";
/// The files SQLite keeps beside a database.
const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// What must never be written over: the open database and its journal files, and any SQLite
/// database at all.
#[derive(Debug, Clone, Default)]
pub struct Protected {
    db: Option<PathBuf>,
}

impl Protected {
    /// Nothing but SQLite databases in general.
    pub fn nothing() -> Protected {
        Protected::default()
    }

    /// The database at `db` and its journal files, and every SQLite database.
    pub fn database(db: &Path) -> Protected {
        Protected {
            db: Some(db.to_path_buf()),
        }
    }

    /// Why `target` must not be written, if it must not. `target` is the file itself: its
    /// links already followed (see [`resolve`]); it may not exist yet.
    pub fn refusal(&self, target: &Path) -> Option<String> {
        self.refusal_in(crate::i18n::Lang::En, target)
    }

    /// [`Protected::refusal`], the reason in `lang` (the screens' language, in the export
    /// dialog).
    pub fn refusal_in(&self, lang: crate::i18n::Lang, target: &Path) -> Option<String> {
        let meta = fs::metadata(target).ok();
        if let Some(db) = &self.db {
            let real_db = fs::canonicalize(db).unwrap_or_else(|_| db.clone());
            let real_target = real_name(target).ok();
            for suffix in std::iter::once("").chain(COMPANIONS) {
                let file = with_suffix(&real_db, suffix);
                let same_inode = meta
                    .as_ref()
                    .zip(fs::metadata(&file).ok())
                    .is_some_and(|(a, b)| same_file(a, &b));
                if same_inode || real_target.as_deref() == Some(file.as_path()) {
                    let id = match suffix {
                        "" => "tui-protected-database",
                        "-wal" => "tui-protected-wal",
                        "-shm" => "tui-protected-shm",
                        _ => "tui-protected-journal",
                    };
                    return Some(crate::t!(lang, id, path = &db.display().to_string()));
                }
            }
        }
        if meta.as_ref().is_some_and(Metadata::is_file) {
            return match sqlite_application_id(target) {
                Some(crate::store::APPLICATION_ID) => Some(lang.t("tui-protected-aimsgap")),
                Some(_) => Some(lang.t("tui-protected-sqlite")),
                None => None,
            };
        }
        None
    }
}

/// Writes a report to `path`, which may be a regular file (replaced atomically), a new name,
/// or a FIFO or character device (written into). Refuses, with one line saying why, anything
/// [`Protected`], a folder, a block device and a socket.
pub fn write_output(path: &Path, bytes: &[u8], protected: &Protected) -> Result<()> {
    write(path, bytes, protected, Wait::ForReader)
}

/// [`write_output`] for a screen that must not freeze: a FIFO that no program is reading
/// from is refused at once instead of waited on.
pub fn write_output_now(path: &Path, bytes: &[u8], protected: &Protected) -> Result<()> {
    write(path, bytes, protected, Wait::Never)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Wait {
    ForReader,
    Never,
}

fn write(path: &Path, bytes: &[u8], protected: &Protected, wait: Wait) -> Result<()> {
    let shown = path.display();
    let refuse = |why: String| anyhow!("refusing to write {shown}: {why}; choose another file");
    match fs::metadata(path) {
        Ok(m) if m.is_dir() => bail!("cannot write {shown}: it is a folder; add a file name"),
        Ok(m) if is_stream(&m) => {
            if let Some(why) = protected.refusal(path) {
                return Err(refuse(why));
            }
            return write_into(path, bytes, wait).map_err(|e| anyhow!("cannot write {shown}: {e}"));
        }
        Ok(m) if !m.is_file() => {
            bail!(
                "cannot write {shown}: it is {}, not a regular file; give a file name, or - for standard output",
                special_kind(&m)
            )
        }
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => bail!("cannot write {shown}: {e}"),
    }
    let target = resolve(path).map_err(|e| anyhow!("cannot write {shown}: {e}"))?;
    if let Some(why) = protected.refusal(&target) {
        return Err(refuse(why));
    }
    let dir = target.parent().unwrap_or(Path::new("/"));
    sweep(dir);
    replace_atomically(&target, bytes).map_err(|e| anyhow!("cannot write {shown}: {e}"))
}

/// A FIFO or a character device: written into, never replaced.
fn is_stream(m: &Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        t.is_fifo() || t.is_char_device()
    }
    #[cfg(not(unix))]
    {
        let _ = m;
        false
    }
}

/// What a file that is neither a regular file nor a folder is, in words.
pub(crate) fn special_kind(m: &Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    let _ = m;
    "a special file"
}

fn write_into(path: &Path, bytes: &[u8], wait: Wait) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    if wait == Wait::Never {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let mut file = options.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ENXIO) {
            return io::Error::other("no program is reading from it; start the reader first");
        }
        e
    })?;
    #[cfg(unix)]
    if wait == Wait::Never {
        use std::os::fd::AsRawFd;
        // Opened: a reader is there, so the writes may wait for it like any other.
        // SAFETY: a valid descriptor; fcntl with these commands touches no memory.
        unsafe {
            let fd = file.as_raw_fd();
            let flags = libc::fcntl(fd, libc::F_GETFL);
            libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
        }
    }
    file.write_all(bytes)?;
    file.flush()
}

/// Writes `bytes` to a temporary file beside `target` and renames it over `target`.
fn replace_atomically(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, name) = split(target)?;
    let mut tmp = temp_file(dir, name, TMP_SUFFIX)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(target).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(())
}

/// The folder and file name of a path.
fn split(path: &Path) -> io::Result<(&Path, &OsStr)> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::other("it is not a file name"))?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Ok((dir, name))
}

/// A new, empty file in `dir` named `.NAME.RANDOM` + `suffix`: created exclusively (never an
/// existing file or link), readable and writable by its owner only from the start, and
/// locked while it is open so that [`sweep`] leaves it alone. Removed when dropped.
pub fn temp_file(dir: &Path, name: &OsStr, suffix: &str) -> io::Result<NamedTempFile> {
    // Room for the rest within the usual 255-byte limit of a file name.
    let mut stem: String = name.to_string_lossy().into_owned();
    while stem.len() > 160 {
        stem.pop();
    }
    tempfile::Builder::new()
        .prefix(&format!(".{stem}."))
        .suffix(suffix)
        .rand_bytes(12)
        .make_in(dir, |path| {
            let mut options = OpenOptions::new();
            options.read(true).write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options
                    .mode(0o600)
                    .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC);
            }
            let file = options.open(path)?;
            lock(&file);
            Ok(file)
        })
}

/// The file a path names, its links followed: absolute, in a folder whose path holds no link.
/// The file itself need not exist; its folder must.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut p = std::path::absolute(path)?;
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                if !may_follow(&p, &m) {
                    return Err(io::Error::other(format!(
                        "{} is a link in a shared folder that belongs to someone else; it is not followed",
                        p.display()
                    )));
                }
                let to = fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) => dir.join(to),
                    None => to,
                };
            }
            _ => return real_name(&p),
        }
    }
    Err(io::Error::other("too many levels of links"))
}

/// `path` with its folder's links resolved (the last part kept as it is).
fn real_name(path: &Path) -> io::Result<PathBuf> {
    let (dir, name) = split(path)?;
    if name == ".." || name == "." {
        return Err(io::Error::other("it is not a file name"));
    }
    match fs::canonicalize(dir) {
        Ok(real) if real.is_dir() => Ok(real.join(name)),
        Ok(_) => Err(io::Error::other(format!(
            "{} is not a folder",
            dir.display()
        ))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(io::Error::other(format!(
            "the folder {} does not exist",
            dir.display()
        ))),
        Err(e) => Err(e),
    }
}

/// The rule of Linux's `fs.protected_symlinks`: a link in a sticky, world-writable folder is
/// followed only when it belongs to us or to the folder's owner.
fn may_follow(link: &Path, meta: &Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Some(dir) = link.parent().and_then(|d| fs::metadata(d).ok()) else {
            return true;
        };
        let shared = dir.mode() & 0o1002 == 0o1002;
        !shared || meta.uid() == euid() || meta.uid() == dir.uid()
    }
    #[cfg(not(unix))]
    {
        let _ = (link, meta);
        true
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn same_file(a: &Metadata, b: &Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// For a file that starts as every SQLite database does, its application id (0 if it has
/// none); `None` for any other file.
fn sqlite_application_id(path: &Path) -> Option<i32> {
    let mut head = [0u8; 72];
    let mut file = File::open(path).ok()?;
    let n = file.read(&mut head).ok()?;
    if n < 16 || &head[..16] != b"SQLite format 3\0" {
        return None;
    }
    Some(i32::from_be_bytes([head[68], head[69], head[70], head[71]]))
}

/// Makes a rename durable (best effort: some systems cannot sync a folder).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(unix)]
fn euid() -> u32 {
    // SAFETY: geteuid cannot fail and touches no memory.
    unsafe { libc::geteuid() }
}

/// Takes an exclusive advisory lock on a file we are writing, held until it is closed.
fn lock(file: &File) {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: a valid descriptor; flock touches no memory. A failure only means the file
        // is not protected from a sweep by another process, which then also checks its age.
        unsafe {
            libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB);
        }
    }
    #[cfg(not(unix))]
    let _ = file;
}

/// True when another open file holds the lock [`lock`] takes.
fn is_locked(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        use std::os::unix::fs::OpenOptionsExt;
        let Ok(file) = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
            .open(path)
        else {
            return false;
        };
        // SAFETY: a valid descriptor; flock touches no memory.
        let got = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        got != 0
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// When this process started, near enough: the first time anything asked.
pub fn process_start() -> SystemTime {
    static START: OnceLock<SystemTime> = OnceLock::new();
    *START.get_or_init(SystemTime::now)
}

/// Removes from `dir` the temporary files of reports and backups that a killed run left
/// behind: ours by name and owner, older than this process, and not locked by a run still
/// writing them. Anything else is left alone; failures are ignored.
pub fn sweep(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    // A file created a moment before this process started may not be locked yet.
    let before = process_start()
        .checked_sub(Duration::from_secs(2))
        .unwrap_or(SystemTime::UNIX_EPOCH);
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(main) = leftover(name) else { continue };
        let path = entry.path();
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        if !meta.is_file() || !ours(&meta) || meta.modified().is_ok_and(|t| t >= before) {
            continue;
        }
        if is_locked(&dir.join(main)) {
            continue;
        }
        let _ = fs::remove_file(&path);
    }
}

/// Removes the working copies of backups that earlier versions of aimsgap made in the
/// system's temporary folder and left there when a restore was killed: ours by name and
/// owner, and older than this process. (Restores now work on a copy in memory.)
pub fn sweep_old_restore_copies() {
    let dir = std::env::temp_dir();
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    let before = process_start()
        .checked_sub(Duration::from_secs(2))
        .unwrap_or(SystemTime::UNIX_EPOCH);
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with("aimsgap-restore-") && name.contains(".db")) {
            continue;
        }
        let path = entry.path();
        if fs::symlink_metadata(&path)
            .is_ok_and(|m| m.is_file() && ours(&m) && m.modified().is_ok_and(|t| t < before))
        {
            let _ = fs::remove_file(&path);
        }
    }
}

/// For a name of our temporary files (or of SQLite's files beside one), the name of the
/// temporary file itself.
fn leftover(name: &str) -> Option<&str> {
    if !name.starts_with('.') {
        return None;
    }
    let main = COMPANIONS
        .iter()
        .find_map(|c| name.strip_suffix(c))
        .unwrap_or(name);
    (main.ends_with(TMP_SUFFIX) || main.ends_with(PARTIAL_SUFFIX)).then_some(main)
}

fn ours(meta: &Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        meta.uid() == euid()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_are_recognised_by_name_only_when_ours() {
        assert_eq!(
            leftover(".r.html.Ab12Cd34Ef56.aimsgap-tmp"),
            Some(".r.html.Ab12Cd34Ef56.aimsgap-tmp")
        );
        assert_eq!(
            leftover(".b.db.Ab12Cd34Ef56.aimsgap-partial-wal"),
            Some(".b.db.Ab12Cd34Ef56.aimsgap-partial")
        );
        assert_eq!(leftover("r.html.aimsgap-tmp"), None);
        assert_eq!(leftover(".r.html.123.tmp"), None);
        assert_eq!(leftover(".bashrc"), None);
    }
}
