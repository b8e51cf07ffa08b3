//! Database files aimsgap must not use, met the way a user meets them: through the binary,
//! with `--db PATH`. Every one gets a single line on standard error that names the file and
//! says what is wrong, a non-zero exit, nothing on standard output — and the file is left
//! byte for byte as it was, with nothing new beside it (no `-wal`, `-shm` or `-journal`).
//!
//! Refusing a file before anything is written is `Store::open`'s job, tested directly in
//! tests/store.rs; these tests hold the whole program to it, for reading and writing commands.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use rusqlite::Connection;
use tempfile::TempDir;

/// Reading commands and one that writes; each must refuse the file in the same way.
const COMMANDS: &[&[&str]] = &[
    &["list"],
    &["score", "1"],
    &["export", "1", "--format", "json"],
    &["answer", "1", "4.1-a", "--maturity", "3"],
];

/// The unprivileged user the permission cases run as when the tests run as root.
const NOBODY: u32 = 65534;

fn aimsgap(home: &Path, db: &Path, args: &[&str], uid: Option<u32>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_aimsgap"));
    cmd.env_clear()
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .arg("--db")
        .arg(db)
        .args(args);
    #[cfg(unix)]
    if let Some(uid) = uid {
        use std::os::unix::process::CommandExt;
        cmd.uid(uid).gid(uid);
    }
    #[cfg(not(unix))]
    let _ = uid;
    cmd.output().unwrap()
}

/// Every entry of a directory with its content (`None` for a directory).
fn snapshot(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    match fs::read_dir(dir) {
        Err(_) => BTreeMap::new(),
        Ok(entries) => entries
            .map(|e| {
                let e = e.unwrap();
                let content = e.path().is_file().then(|| fs::read(e.path()).unwrap());
                (e.file_name().to_string_lossy().into_owned(), content)
            })
            .collect(),
    }
}

/// Runs every command against `db` and checks it is refused with a line containing each of
/// `expect`, leaving the directory the file is in exactly as it was.
fn assert_refused(home: &Path, db: &Path, uid: Option<u32>, expect: &[&str]) {
    let dir = db.parent().unwrap();
    let before = snapshot(dir);
    for args in COMMANDS {
        let out = aimsgap(home, db, args, uid);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let what = format!("{} {args:?}", db.display());
        assert!(!out.status.success(), "{what} succeeded: {stderr}");
        assert!(out.stdout.is_empty(), "{what}: output on failure");
        assert_eq!(stderr.lines().count(), 1, "{what}: not one line: {stderr}");
        assert!(
            stderr.contains(&db.display().to_string()),
            "{what}: the file is not named: {stderr}"
        );
        for e in expect {
            // Said once: an error chain that repeats the cause is noise.
            assert_eq!(stderr.matches(e).count(), 1, "{what}: {e:?} in: {stderr}");
        }
        assert!(
            snapshot(dir) == before,
            "{what}: the file or its directory changed (now {:?})",
            snapshot(dir).keys().collect::<Vec<_>>()
        );
    }
}

/// A fresh directory holding the demo assessment (id 1) as `name`.
fn demo_db(tmp: &TempDir, name: &str) -> PathBuf {
    let dir = tmp.path().join(name.replace('.', "_"));
    fs::create_dir(&dir).unwrap();
    let db = dir.join(name);
    let out = aimsgap(tmp.path(), &db, &["demo"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1");
    let names: Vec<String> = snapshot(&dir).into_keys().collect();
    assert_eq!(names, [name], "the demo left more than the database");
    db
}

/// A fresh directory holding `bytes` as `name`.
fn file_with(tmp: &TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = tmp.path().join(name.replace('.', "_"));
    fs::create_dir(&dir).unwrap();
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn files_of_other_kinds_are_refused_untouched() {
    let tmp = TempDir::new().unwrap();
    let home = tmp.path();

    // Random bytes, the same every run.
    let random: Vec<u8> = (0..16384u32)
        .map(|i| (i.wrapping_mul(2654435761).rotate_left(7) >> 11) as u8)
        .collect();
    let db = file_with(&tmp, "random.db", &random);
    assert_refused(
        home,
        &db,
        None,
        &["not an SQLite database", "left untouched"],
    );

    let db = file_with(
        &tmp,
        "notes.db",
        "Workshop notes\n\nAcme: policy approved in March; risk register pending.\n".as_bytes(),
    );
    assert_refused(
        home,
        &db,
        None,
        &["not an aimsgap database", "left untouched"],
    );

    // Another program's database, as a user might pick by mistake.
    let dir = tmp.path().join("other");
    fs::create_dir(&dir).unwrap();
    let db = dir.join("contacts.sqlite");
    Connection::open(&db)
        .unwrap()
        .execute_batch(
            "CREATE TABLE contact (name TEXT, email TEXT);
             INSERT INTO contact VALUES ('Ana', 'ana@example.com');",
        )
        .unwrap();
    assert_refused(home, &db, None, &["SQLite database of another program"]);

    // One that says whose it is.
    let dir = tmp.path().join("tagged");
    fs::create_dir(&dir).unwrap();
    let db = dir.join("tagged.db");
    Connection::open(&db)
        .unwrap()
        .execute_batch("PRAGMA application_id = 1234567; CREATE TABLE t (x);")
        .unwrap();
    assert_refused(home, &db, None, &["not an aimsgap database", "0x12d687"]);
}

#[test]
fn damaged_aimsgap_files_are_refused_untouched() {
    let tmp = TempDir::new().unwrap();
    let home = tmp.path();

    // Cut short, as by a full disk or an interrupted copy.
    let whole = fs::read(demo_db(&tmp, "template.db")).unwrap();
    assert!(whole.len() > 100_000, "the demo is {} bytes", whole.len());
    let db = file_with(&tmp, "half.db", &whole[..whole.len() / 2]);
    assert_refused(
        home,
        &db,
        None,
        &["is damaged: SQLite cannot read it", "left untouched"],
    );
    let db = file_with(&tmp, "header-only.db", &whole[..100]);
    assert_refused(
        home,
        &db,
        None,
        &["is damaged: SQLite cannot read it", "left untouched"],
    );

    // Intact header and schema, but the assessment table's first page overwritten: the damage
    // shows only once the data is read, so SQLite's own words are all there is to say.
    let db = demo_db(&tmp, "overwritten.db");
    let (root, page_size): (i64, i64) = {
        let c = Connection::open(&db).unwrap();
        let root = c
            .query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'assessment'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        (
            root,
            c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap(),
        )
    };
    assert!(root > 1);
    let mut bytes = fs::read(&db).unwrap();
    let (start, len) = ((root - 1) as usize * page_size as usize, page_size as usize);
    bytes[start..start + len].fill(0xA5);
    fs::write(&db, bytes).unwrap();
    assert_refused(home, &db, None, &["database disk image is malformed"]);
}

#[test]
fn a_database_from_a_newer_aimsgap_is_refused_untouched() {
    let tmp = TempDir::new().unwrap();
    let db = demo_db(&tmp, "future.db");
    Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    assert_refused(
        tmp.path(),
        &db,
        None,
        &["newer aimsgap", "schema version 999", "upgrade aimsgap"],
    );
}

#[test]
fn paths_that_are_not_a_database_file_are_refused() {
    let tmp = TempDir::new().unwrap();
    let home = tmp.path();

    let missing = tmp.path().join("no/such/dir/client.db");
    assert_refused(home, &missing, None, &["does not exist"]);
    assert!(!tmp.path().join("no").exists(), "a directory was created");

    // A directory where the file should be: the parent's listing is what must not change.
    let parent = tmp.path().join("parent");
    let dir = parent.join("client.db");
    fs::create_dir_all(&dir).unwrap();
    assert_refused(home, &dir, None, &["is a directory"]);
    assert!(snapshot(&dir).is_empty(), "something was written inside it");
}

/// The user id these tests run as (the owner of a file they create).
#[cfg(unix)]
fn current_uid(tmp: &TempDir) -> u32 {
    use std::os::unix::fs::MetadataExt;
    let probe = tmp.path().join("uid-probe");
    fs::write(&probe, b"").unwrap();
    let uid = fs::metadata(&probe).unwrap().uid();
    fs::remove_file(probe).unwrap();
    uid
}

/// Permissions do not stop root. When the tests run as root, the permission cases run as
/// `nobody` instead (the file handed to it first), so that they test what a user meets. When
/// even that is impossible (no right to switch user, or `nobody` cannot reach the binary), the
/// cases are reduced to what still holds for root, said in a printed note.
#[cfg(unix)]
fn as_unprivileged(tmp: &TempDir) -> Result<Option<u32>, String> {
    use std::os::unix::fs::PermissionsExt;
    if current_uid(tmp) != 0 {
        return Ok(None);
    }
    fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let probe = Command::new(env!("CARGO_BIN_EXE_aimsgap"))
        .arg("--version")
        .env_clear()
        .uid_gid(NOBODY)
        .output();
    match probe {
        Ok(out) if out.status.success() => Ok(Some(NOBODY)),
        Ok(out) => Err(String::from_utf8_lossy(&out.stderr).into_owned()),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(unix)]
trait UidGid {
    fn uid_gid(&mut self, id: u32) -> &mut Self;
}

#[cfg(unix)]
impl UidGid for Command {
    fn uid_gid(&mut self, id: u32) -> &mut Self {
        use std::os::unix::process::CommandExt;
        self.uid(id).gid(id)
    }
}

/// Hands a file or directory to `uid` (when running as root for another user).
#[cfg(unix)]
fn give(path: &Path, uid: Option<u32>) {
    if let Some(uid) = uid {
        std::os::unix::fs::chown(path, Some(uid), Some(uid)).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_file_or_directory_is_refused_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = TempDir::new().unwrap();
    let user = as_unprivileged(&tmp);

    let db = demo_db(&tmp, "readonly.db");
    let dir = db.parent().unwrap().to_path_buf();
    let uid = match &user {
        Ok(uid) => *uid,
        Err(why) => {
            // Root ignores 0400, so aimsgap can open the file; the promise that remains is
            // that reading it changes nothing.
            eprintln!(
                "note: running as root and cannot switch to an unprivileged user ({}); \
                 checking only that reading commands leave a 0400 file unchanged",
                why.trim()
            );
            fs::set_permissions(&db, fs::Permissions::from_mode(0o400)).unwrap();
            let before = snapshot(&dir);
            for args in &COMMANDS[..3] {
                let out = aimsgap(tmp.path(), &db, args, None);
                assert!(out.status.success(), "{args:?}");
                assert!(snapshot(&dir) == before, "{args:?} changed the file");
            }
            return;
        }
    };
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    give(&db, uid);
    fs::set_permissions(&db, fs::Permissions::from_mode(0o400)).unwrap();
    assert_refused(
        tmp.path(),
        &db,
        uid,
        &["is read-only", "check its permissions"],
    );

    // The file is writable but its directory is not: WAL needs files beside the database.
    let db = demo_db(&tmp, "locked-dir.db");
    let dir = db.parent().unwrap().to_path_buf();
    give(&db, uid);
    give(&dir, uid);
    fs::set_permissions(&db, fs::Permissions::from_mode(0o600)).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).unwrap();
    assert_refused(
        tmp.path(),
        &db,
        uid,
        &["journal files", "check that this directory is writable"],
    );
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
}

/// An empty file is a new database, not a damaged one. SQLite itself reads a 0-byte file as
/// an empty database, there is nothing in it to lose, and `touch client.db` followed by
/// `aimsgap --db client.db` is a natural way to say where a new database should go. aimsgap
/// sets it up on first use like a file it created; its permissions stay as the user set them
/// (aimsgap chooses the mode only of files it creates: tests/store.rs checks those are 0600).
#[test]
fn an_empty_file_becomes_a_new_database() {
    let tmp = TempDir::new().unwrap();
    let db = file_with(&tmp, "touched.db", b"");
    let out = aimsgap(tmp.path(), &db, &["list", "--json"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    assert!(fs::metadata(&db).unwrap().len() > 0, "not set up");
    // It is now an aimsgap database like any other: unknown ids are the only complaint.
    let out = aimsgap(tmp.path(), &db, &["score", "1"], None);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no assessment with id 1"), "{stderr}");
    let out = aimsgap(tmp.path(), &db, &["new", "--org", "Acme"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1");
}

/// Runs aimsgap with a deadline, its standard input a pipe held open (so that reading it
/// would wait forever); `None` when it had to be killed.
fn within(home: &Path, db: &Path, args: &[&str], secs: u64) -> Option<Output> {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let mut child = Command::new(env!("CARGO_BIN_EXE_aimsgap"))
        .env_clear()
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _stdin = child.stdin.take();
    let deadline = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return Some(child.wait_with_output().unwrap());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

/// The questionnaire path stored with an assessment is read only when it names a regular
/// file of at most 4 MiB: a device, a FIFO, the terminal or a huge file is passed over for
/// the copy kept in the database, and no command hangs or eats memory.
#[cfg(unix)]
#[test]
fn a_stored_questionnaire_path_is_read_only_when_it_is_a_small_regular_file() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("q");
    fs::create_dir(&dir).unwrap();
    let minimal = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/questionnaires/valid/minimal.toml"
    );
    let file = dir.join("ours.toml");
    fs::copy(minimal, &file).unwrap();
    let db = dir.join("q.db");
    let out = aimsgap(
        tmp.path(),
        &db,
        &[
            "new",
            "--org",
            "Acme",
            "--questionnaire",
            file.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fifo = dir.join("q.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    // Over the cap: the same questionnaire padded past 4 MiB, as a new version.
    let big = dir.join("big.toml");
    let text = fs::read_to_string(minimal)
        .unwrap()
        .replace("version = \"1.0\"", "version = \"9.9\"");
    fs::write(&big, format!("{text}\n{}", "# padding\n".repeat(450_000))).unwrap();
    assert!(fs::metadata(&big).unwrap().len() > 4 * 1024 * 1024);

    for path in [
        "/dev/zero".into(),
        fifo.clone(),
        "/dev/stdin".into(),
        "/dev/tty".into(),
        big.clone(),
        dir.clone(),
    ] {
        Connection::open(&db)
            .unwrap()
            .execute(
                "UPDATE assessment SET questionnaire_path = ?1",
                [path.to_str().unwrap()],
            )
            .unwrap();
        for args in [
            &["list"][..],
            &["score", "1", "--json"],
            &["export", "1", "--format", "json"],
            &["check", "1"],
        ] {
            let out = within(tmp.path(), &db, args, 20)
                .unwrap_or_else(|| panic!("{args:?} with {} never finished", path.display()));
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(!err.contains("panicked"), "{args:?}: {err}");
            assert!(
                out.status.code().is_some_and(|c| c <= 1),
                "{args:?} with {}: {err}",
                path.display()
            );
            if args[0] == "export" {
                let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                assert_eq!(
                    json["assessment"]["questionnaire"]["version"],
                    "1.0",
                    "{} was read",
                    path.display()
                );
            }
        }
    }
}

/// A journal file beside the database that this user cannot write — a `-wal` left by root, a
/// read-only `-shm` — is named as the cause, not the folder or the database.
#[cfg(unix)]
#[test]
fn an_unwritable_journal_file_is_named_as_the_cause() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = TempDir::new().unwrap();
    let uid = match as_unprivileged(&tmp) {
        Ok(uid) => uid,
        Err(why) => {
            eprintln!(
                "note: running as root and cannot switch to an unprivileged user ({}); \
                 permissions do not stop root, so there is nothing to check",
                why.trim()
            );
            return;
        }
    };
    for (suffix, what) in [("-wal", "write-ahead log"), ("-shm", "shared-memory index")] {
        let db = demo_db(&tmp, &format!("journal{suffix}.db"));
        let dir = db.parent().unwrap().to_path_buf();
        give(&db, uid);
        give(&dir, uid);
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        let mut beside = db.as_os_str().to_owned();
        beside.push(suffix);
        let beside = PathBuf::from(beside);
        // Root's when the tests run as root (as after `sudo aimsgap …`), else read-only.
        fs::write(&beside, b"").unwrap();
        fs::set_permissions(&beside, fs::Permissions::from_mode(0o444)).unwrap();
        let before = fs::read(&db).unwrap();
        // Reading still works; a change is refused, naming the file that is in the way.
        let out = aimsgap(tmp.path(), &db, &["score", "1"], uid);
        assert!(out.status.success(), "{suffix}: reading failed");
        let args = ["answer", "1", "4.1-a", "--maturity", "4"];
        let out = aimsgap(tmp.path(), &db, &args, uid);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{suffix}: the answer was taken");
        assert_eq!(stderr.lines().count(), 1, "{suffix}: {stderr}");
        for expect in [
            what,
            &beside.display().to_string(),
            "cannot be written by this user",
        ] {
            assert!(
                stderr.contains(expect),
                "{suffix}: {expect:?} not in: {stderr}"
            );
        }
        assert!(
            !stderr.contains("check that this directory is writable"),
            "{suffix}: blames the folder: {stderr}"
        );
        assert!(
            !stderr.contains("is read-only"),
            "{suffix}: blames the database: {stderr}"
        );
        assert!(
            fs::read(&db).unwrap() == before,
            "{suffix}: the database changed"
        );
    }
}

#[path = "common/survey.rs"]
mod survey_fill;

/// A workbook handed to `survey import` may be anything: each crafted one below is refused
/// within seconds with one line or a list of `Sheet!Cell` problems, nothing is imported, and
/// the database is left as it was.
#[test]
fn crafted_self_assessment_workbooks_are_refused_quickly_and_import_nothing() {
    use std::io::Write;
    use survey_fill::{Put, SHEET_PART, edit_parts, fill};
    let tmp = TempDir::new().unwrap();
    let db = demo_db(&tmp, "survey.db");
    let home = tmp.path();
    let out = tmp.path().join("survey.xlsx");
    let made = aimsgap(
        home,
        &db,
        &["survey", "1", "-o", out.to_str().unwrap()],
        None,
    );
    assert!(made.status.success());
    let good = fs::read(&out).unwrap();

    let bomb = {
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        z.start_file("xl/worksheets/sheet1.xml", options).unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..200 {
            z.write_all(&chunk).unwrap();
        }
        z.finish().unwrap().into_inner()
    };
    let many_strings = edit_parts(&good, &|name, xml| {
        if name == "xl/sharedStrings.xml" {
            xml.replacen("uniqueCount=\"", "uniqueCount=\"99999999999999", 1)
        } else {
            xml
        }
    });
    let far_cell = edit_parts(&fill(&good, &[("E2", Put::Number(3.0))]), &|name, xml| {
        if name == SHEET_PART {
            xml.replace(
                "</sheetData>",
                "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>",
            )
        } else {
            xml
        }
    });
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "garbage.xlsx",
            b"this is no workbook".to_vec(),
            "not a zip archive",
        ),
        ("empty.xlsx", Vec::new(), "not a zip archive"),
        (
            "truncated.xlsx",
            good[..good.len() / 2].to_vec(),
            "not a zip archive",
        ),
        ("bomb.xlsx", bomb, "inflate to more than 64 MiB"),
        ("strings.xlsx", many_strings, "different texts, more than"),
        (
            "far.xlsx",
            far_cell,
            "Self-assessment!XFD1048576: something was written below the last question",
        ),
        ("sqlite.xlsx", fs::read(&db).unwrap(), "not a zip archive"),
    ];
    let huge = tmp.path().join("huge.xlsx");
    fs::File::create(&huge)
        .unwrap()
        .set_len(17 * 1024 * 1024)
        .unwrap();
    let before = fs::read(&db).unwrap();
    let mut paths: Vec<(PathBuf, String)> = cases
        .into_iter()
        .map(|(name, bytes, expect)| (file_with(&tmp, name, &bytes), expect.to_string()))
        .collect();
    paths.push((huge, "larger than 16 MiB".into()));
    paths.push((tmp.path().join("missing.xlsx"), "No such file".into()));
    for (path, expect) in paths {
        let started = std::time::Instant::now();
        let out = within(
            home,
            &db,
            &["survey", "import", "1", path.to_str().unwrap()],
            20,
        )
        .unwrap_or_else(|| panic!("{} hung", path.display()));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{}: {err}", path.display());
        assert!(err.contains(&expect), "{}: {err}", path.display());
        assert!(err.contains("nothing was imported"), "{err}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "{}: {:?}",
            path.display(),
            started.elapsed()
        );
    }
    assert_eq!(fs::read(&db).unwrap(), before, "the database changed");
}
