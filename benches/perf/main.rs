//! Performance against physical floors: `cargo bench --bench perf` (or `scripts/bench.sh`,
//! which adds binary size and peak memory and gates on the budgets).
//!
//! Each measure with a floor runs side by side with it, one sample of each in turn, so that
//! both see the same machine load; the ratio is the median of the subject over the median
//! of the floor. Measures without a floor are judged on their median (or total) alone.
//! The table goes to standard output and, tab-separated, to `results.tsv` in the benchmark's
//! scratch directory (or `$AIMSGAP_BENCH_RESULTS`). The run exits 1 when a budget is missed.
//!
//! This is a benchmark, not a test: nothing here runs under `cargo test`.

mod fixture;
mod pty;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use aimsgap::assessment::{Answer, Response};
use aimsgap::files::{Protected, write_output};
use aimsgap::questionnaire::catalog::{Catalog, built_in, built_in_source};
use aimsgap::questionnaire::load_str;
use aimsgap::report::{Format, Report};
use aimsgap::session::Session;
use aimsgap::store::Store;
use aimsgap::tui::app::{App, View};
use aimsgap::tui::command::Today;
use aimsgap::tui::home::Home;
use aimsgap::tui::keymap::Keymap;
use aimsgap::tui::screen::{Screen, Shared};
use aimsgap::tui::theme::Theme;
use jiff::Timestamp;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::KeyModifiers;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use rusqlite::{Connection, params};

use fixture::{Fixtures, TODAY};

/// How a measure is judged.
#[derive(Clone, Copy)]
enum Budget {
    /// Subject median ÷ floor median at most this.
    Ratio(f64),
    /// Median of one sample at most this many milliseconds.
    Median(f64),
    /// No budget: reported only.
    None,
}

struct Row {
    measure: String,
    floor: String,
    /// Median of the floor, in `unit`.
    floor_value: Option<f64>,
    /// Median of the subject (or a total, or a peak), in `unit`.
    value: f64,
    budget: Budget,
    samples: usize,
    /// Of the value and the floor: "ms" unless said otherwise.
    unit: &'static str,
}

impl Row {
    fn ratio(&self) -> Option<f64> {
        self.floor_value.map(|f| self.value / f)
    }

    fn pass(&self) -> Option<bool> {
        match self.budget {
            Budget::Ratio(max) => Some(self.ratio().expect("a ratio budget has a floor") <= max),
            Budget::Median(max) => Some(self.value <= max),
            Budget::None => None,
        }
    }

    fn budget_text(&self) -> String {
        match self.budget {
            Budget::Ratio(max) => format!("≤ {max}×"),
            Budget::Median(max) => format!("≤ {max} {}", self.unit),
            Budget::None => "—".into(),
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<f64>) -> f64 {
    assert!(!v.is_empty());
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// `warmup` untimed rounds, then `rounds` rounds of one floor sample and one subject sample,
/// alternating which goes first. Each closure times its own work and returns the duration.
fn side_by_side(
    warmup: usize,
    rounds: usize,
    mut floor: impl FnMut() -> Duration,
    mut subject: impl FnMut() -> Duration,
) -> (f64, f64) {
    let m = in_turn(warmup, rounds, &mut [&mut floor, &mut subject]);
    (m[0], m[1])
}

/// Medians of several measures taken in turn, one sample of each per round, the order
/// rotating from round to round so that none always follows the same one.
fn in_turn(warmup: usize, rounds: usize, each: &mut [&mut dyn FnMut() -> Duration]) -> Vec<f64> {
    let k = each.len();
    for _ in 0..warmup {
        for f in each.iter_mut() {
            f();
        }
    }
    let mut samples = vec![Vec::with_capacity(rounds); k];
    for round in 0..rounds {
        for step in 0..k {
            let which = (round + step) % k;
            samples[which].push(ms(each[which]()));
        }
    }
    samples.into_iter().map(median).collect()
}

/// The median of `rounds` samples after `warmup` untimed ones.
fn alone(warmup: usize, rounds: usize, mut subject: impl FnMut() -> Duration) -> f64 {
    for _ in 0..warmup {
        subject();
    }
    median((0..rounds).map(|_| ms(subject())).collect())
}

fn timed(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

/// Rounds are scaled by `AIMSGAP_BENCH_SCALE` (default 1), for a quick look (0.2) or a
/// steadier one (3).
fn rounds(n: usize) -> usize {
    let scale: f64 = std::env::var("AIMSGAP_BENCH_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    ((n as f64 * scale).round() as usize).max(3)
}

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; a further argument filters the measures by name.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("perf");
    eprintln!("building the fixtures in {} …", scratch.display());
    let started = Instant::now();
    let fx = fixture::build(&scratch);
    eprintln!("fixtures ready in {:.1} s", started.elapsed().as_secs_f64());

    let mut rows = Vec::new();
    if wanted("start") {
        rows.extend(start(&fx));
    }
    if wanted("keystroke") {
        rows.extend(keystroke(&fx));
    }
    if wanted("commit") {
        rows.extend(commit(&fx));
    }
    if wanted("export") {
        rows.push(exports(&fx));
    }
    if wanted("docx") {
        rows.push(docx(&fx));
    }
    if wanted("catalogue") {
        rows.push(catalogue());
    }
    if wanted("home") {
        rows.extend(home_and_export(&fx));
    }
    if wanted("merge") {
        rows.push(merge_ten(&fx));
    }

    print_table(&rows);
    let out = std::env::var_os("AIMSGAP_BENCH_RESULTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| scratch.join("results.tsv"));
    write_tsv(&out, &rows);
    eprintln!("results written to {}", out.display());
    if rows.iter().any(|r| r.pass() == Some(false)) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_table(rows: &[Row]) {
    println!();
    println!(
        "{:<62} {:>10} {:>10} {:>7} {:>9}  result",
        "measure", "floor", "value", "ratio", "budget"
    );
    for r in rows {
        let pass = match r.pass() {
            Some(true) => "pass",
            Some(false) => "FAIL",
            None => "info",
        };
        let unit = r.unit;
        println!(
            "{:<62} {:>10} {:>10} {:>7} {:>9}  {pass}",
            r.measure,
            r.floor_value
                .map_or("—".into(), |f| format!("{f:.3} {unit}")),
            format!("{:.3} {unit}", r.value),
            r.ratio().map_or("—".into(), |x| format!("{x:.2}×")),
            r.budget_text(),
        );
    }
    println!();
}

fn write_tsv(path: &Path, rows: &[Row]) {
    let mut out =
        String::from("measure\tfloor\tfloor_value\tvalue\tunit\tratio\tbudget\tresult\tsamples\n");
    for r in rows {
        out.push_str(&format!(
            "{}\t{}\t{}\t{:.3}\t{}\t{}\t{}\t{}\t{}\n",
            r.measure,
            r.floor,
            r.floor_value.map_or("-".into(), |f| format!("{f:.3}")),
            r.value,
            r.unit,
            r.ratio().map_or("-".into(), |x| format!("{x:.2}")),
            r.budget_text(),
            match r.pass() {
                Some(true) => "pass",
                Some(false) => "FAIL",
                None => "info",
            },
            r.samples,
        ));
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("results directory");
    }
    std::fs::write(path, out).expect("write the results");
}

// ---- start to first frame ----

/// The programs started: aimsgap and the two floor programs, built in the same profile as
/// this benchmark (`release`) — or, to compare builds, all taken from the profile directory
/// named by `AIMSGAP_BENCH_PROGRAMS`.
struct Programs {
    aimsgap: PathBuf,
    /// examples/bare.rs: the floor.
    bare: PathBuf,
    /// examples/bare_store.rs: the floor that also opens the database, for the record.
    bare_store: PathBuf,
}

fn programs() -> Programs {
    let exe = std::env::consts::EXE_SUFFIX;
    let from = |dir: &Path| Programs {
        aimsgap: dir.join(format!("aimsgap{exe}")),
        bare: dir.join("examples").join(format!("bare{exe}")),
        bare_store: dir.join("examples").join(format!("bare_store{exe}")),
    };
    if let Some(dir) = std::env::var_os("AIMSGAP_BENCH_PROGRAMS") {
        return from(&std::path::absolute(PathBuf::from(dir)).expect("an absolute path"));
    }
    let aimsgap = PathBuf::from(env!("CARGO_BIN_EXE_aimsgap"));
    let dir = aimsgap.parent().expect("profile directory");
    // `cargo bench` builds the benchmarks and binaries, not the examples.
    let profile = dir
        .file_name()
        .and_then(|p| p.to_str())
        .expect("profile name");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut build = std::process::Command::new(cargo);
    build.args([
        "build",
        "--quiet",
        "--example",
        "bare",
        "--example",
        "bare_store",
    ]);
    if profile == "release" {
        build.arg("--release");
    } else {
        build.args(["--profile", profile]);
    }
    let status = build.status().expect("run cargo to build the examples");
    assert!(
        status.success(),
        "cannot build examples/bare.rs and bare_store.rs"
    );
    from(dir)
}

impl Programs {
    /// Copies of the three programs in `dir`, as `cargo install` copies a binary into place;
    /// these are the ones started. A binary the linker has just written sits in the page
    /// cache in small pieces, and its first start takes more page faults than the same bytes
    /// copied or read back from disk: 252 against 220 for `aimsgap list`, 2.5 against
    /// 2.1 ms (`perf stat -r 50`). Starting the build's own files measured that, for all
    /// three, and aimsgap is the largest.
    fn installed_in(&self, dir: &Path) -> Programs {
        std::fs::create_dir_all(dir).expect("a directory for the programs");
        let copy = |from: &Path| {
            let to = dir.join(from.file_name().expect("a file name"));
            let _ = std::fs::remove_file(&to);
            std::fs::copy(from, &to).expect("copy a program");
            to
        };
        Programs {
            aimsgap: copy(&self.aimsgap),
            bare: copy(&self.bare),
            bare_store: copy(&self.bare_store),
        }
    }
}

fn start(fx: &Fixtures) -> Vec<Row> {
    let p = programs().installed_in(&fx.dir.join("programs"));
    let home = fx.dir.join("home");
    std::fs::create_dir_all(&home).expect("home");
    let one = fixture::scratch_copy(&fx.one, "start-one.db");
    let many = fixture::scratch_copy(&fx.many, "start-many.db");
    let n = rounds(80);
    let m = in_turn(
        3,
        n,
        &mut [
            &mut || pty::start(&p.bare, &[], &home, None).first_frame,
            &mut || pty::start(&p.bare_store, &[], &home, Some(&one)).first_frame,
            &mut || pty::start(&p.aimsgap, &[], &home, Some(&one)).first_frame,
        ],
    );
    let mut peak = 0;
    let n_many = rounds(30);
    let many = in_turn(
        2,
        n_many,
        &mut [
            &mut || pty::start(&p.bare, &[], &home, None).first_frame,
            &mut || {
                let s = pty::start(&p.aimsgap, &[], &home, Some(&many));
                peak = peak.max(s.peak_kib.unwrap_or(0));
                s.first_frame
            },
        ],
    );
    let mut rows = vec![
        Row {
            measure: "start to first frame (pty, demo database)".into(),
            floor: "examples/bare.rs".into(),
            floor_value: Some(m[0]),
            value: m[2],
            budget: Budget::Ratio(1.5),
            samples: n,
            unit: "ms",
        },
        Row {
            measure: "  bare.rs that also opens the database and lists it".into(),
            floor: "examples/bare.rs".into(),
            floor_value: Some(m[0]),
            value: m[1],
            budget: Budget::None,
            samples: n,
            unit: "ms",
        },
        Row {
            measure: "  aimsgap over that".into(),
            floor: "examples/bare_store.rs".into(),
            floor_value: Some(m[1]),
            value: m[2],
            budget: Budget::None,
            samples: n,
            unit: "ms",
        },
        Row {
            measure: "start to first frame (pty, 1,000 assessments)".into(),
            floor: "examples/bare.rs".into(),
            floor_value: Some(many[0]),
            value: many[1],
            budget: Budget::None,
            samples: n_many,
            unit: "ms",
        },
    ];
    if peak > 0 {
        rows.push(Row {
            measure: "peak memory, screens after start, 1,000 assessments".into(),
            floor: "—".into(),
            floor_value: None,
            value: peak as f64 / 1024.0,
            budget: Budget::None,
            samples: n_many,
            unit: "MiB",
        });
    }
    rows
}

// ---- answer keystroke → durable commit → redrawn frame ----

fn key(c: char) -> Event {
    Event::Key(KeyEvent {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::NONE,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    })
}

fn new_app(store: Store) -> App {
    App::new(
        store,
        Catalog::new(None),
        Keymap::default(),
        Theme {
            color: true,
            presenter: false,
            ..Theme::default()
        },
        TODAY,
    )
}

/// A terminal that encodes each frame into escape sequences, as on a real terminal, and
/// throws the bytes away.
fn sink_terminal() -> Terminal<CrosstermBackend<std::io::Sink>> {
    Terminal::with_options(
        CrosstermBackend::new(std::io::sink()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, pty::COLS, pty::ROWS)),
        },
    )
    .expect("terminal")
}

fn keystroke(fx: &Fixtures) -> Vec<Row> {
    let db = fixture::scratch_copy(&fx.one, "keystroke.db");
    let mut app = new_app(Store::open(&db).expect("open"));
    app.open_assessment(fx.id).expect("open the assessment");
    let mut terminal = sink_terminal();
    terminal.draw(|f| app.render(f)).expect("draw");
    let first = {
        let open = app.open.as_ref().expect("open");
        open.workshop.question_id(&open.session)
    };
    let max = app
        .open
        .as_ref()
        .map(|o| o.session.questionnaire.max_level())
        .expect("open");
    let mut last = String::new();
    let mut sample = || {
        // Untimed: choose a level that differs from the stored one, so that every key
        // really writes, and start over at the top when the end is reached.
        let open = app.open.as_mut().expect("open");
        let mut current = open.workshop.question_id(&open.session);
        // The end reached, or a question of an excluded control (not scored until the
        // control is included again): start over at the top.
        let excluded = matches!(
            open.session.answer(&current).response,
            Response::NotApplicable { .. }
        );
        if current == last || excluded {
            open.workshop.go_to_question(&open.session, &first);
            current = first.clone();
        }
        let level = match open.session.answer(&current).response {
            Response::Maturity { level } => (level + 1) % (max + 1),
            _ => 1,
        };
        let digit = char::from(b'0' + level);
        last = current.clone();
        let took = timed(|| {
            app.handle_event(key(digit));
            terminal.draw(|f| app.render(f)).expect("draw");
        });
        let said = app.message.as_ref().map(|m| m.text.as_str()).unwrap_or("");
        assert!(said.starts_with(&format!("Saved {current}")), "{said}");
        assert_eq!(app.view, View::Workshop);
        took
    };
    let n = rounds(300);
    let dir = fx.dir.clone();
    let mut sync = fsync_sample(&dir);
    let (sync_ms, value) = side_by_side(10, n, &mut sync, &mut sample);
    vec![
        Row {
            measure: "answer key → durable commit → frame, 120×40".into(),
            floor: "—".into(),
            floor_value: None,
            value,
            budget: Budget::Median(2.0),
            samples: n,
            unit: "ms",
        },
        Row {
            measure: "  one 4 KiB write and fsync on the same disk, alongside".into(),
            floor: "—".into(),
            floor_value: None,
            value: sync_ms,
            budget: Budget::None,
            samples: n,
            unit: "ms",
        },
    ]
}

/// Writes 4 KiB in place and syncs it: the least any durable commit waits for on this disk.
fn fsync_sample(dir: &Path) -> impl FnMut() -> Duration {
    use std::io::{Seek, Write};
    let mut file = std::fs::File::create(dir.join("fsync.bin")).expect("create");
    file.write_all(&[0u8; 4096]).expect("write");
    file.sync_all().expect("sync");
    let mut n = 0u8;
    move || {
        n = n.wrapping_add(1);
        timed(|| {
            file.rewind().expect("seek");
            file.write_all(&[n; 4096]).expect("write");
            file.sync_data().expect("sync");
        })
    }
}

// ---- the commit alone ----

const UPSERT: &str = "INSERT INTO answer (assessment_id, question_id, maturity, not_applicable,
     justification, notes, evidence, basis, owner, due, updated_at, finding)
     VALUES (?1, ?2, ?3, 0, '', '', ?5, ?6, ?7, ?8, ?9, ?4)
     ON CONFLICT (assessment_id, question_id) DO UPDATE SET
     maturity = excluded.maturity, not_applicable = excluded.not_applicable,
     justification = excluded.justification, notes = excluded.notes,
     evidence = excluded.evidence, basis = excluded.basis, owner = excluded.owner,
     due = excluded.due, updated_at = excluded.updated_at, finding = excluded.finding";

const HISTORY: &str = "INSERT INTO answer_history (id, assessment_id, question_id, changed_at,
     old_value, new_value) SELECT coalesce(max(id), ?1 << 32) + 1, ?1, ?2, ?3, ?4, ?5
     FROM answer_history WHERE id BETWEEN ?1 << 32 AND (?1 << 32) + 4294967295";

const FIGURES: &str = "DELETE FROM assessment_figures WHERE assessment_id = ?1";

/// The phase of the write-ahead log that commits run in. A session starts with an empty
/// log, which grows (every sync then also updates the file's size) until the first
/// checkpoint at 1,000 pages; after that the log is reused in place.
#[derive(Clone, Copy, PartialEq)]
enum Log {
    /// Reused in place: a long session, or years of them.
    Steady,
    /// Growing: the first couple of hundred answers after start.
    Fresh,
}

/// A bare connection with the store's pragmas.
fn raw_connection(path: &Path) -> Connection {
    let conn = Connection::open(path).expect("open");
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .expect("wal");
    assert_eq!(mode, "wal");
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
        .expect("pragmas");
    conn
}

/// Pages in a database's write-ahead log file.
fn wal_pages(db: &Path) -> u64 {
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    std::fs::metadata(wal).map_or(0, |m| m.len() / (4096 + 24))
}

/// One way of recording answer number `n`, timed, on its own file.
struct Writer<'a> {
    db: PathBuf,
    n: usize,
    write: Box<dyn FnMut(usize) -> Duration + 'a>,
}

impl Writer<'_> {
    fn next(&mut self, log: Log) -> Duration {
        // Untimed: keep a fresh log fresh (200 answers stay well below 1,000 pages).
        if log == Log::Fresh && self.n.is_multiple_of(200) {
            raw_connection(&self.db)
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
                .expect("checkpoint");
        }
        self.n += 1;
        (self.write)(self.n)
    }
}

fn commit(fx: &Fixtures) -> Vec<Row> {
    let mut rows = commit_in(fx, Log::Steady);
    rows.extend(commit_in(fx, Log::Fresh));
    rows
}

fn commit_in(fx: &Fixtures, log: Log) -> Vec<Row> {
    let questionnaire = built_in("iso42001").expect("built in");
    let ids: Vec<String> = questionnaire
        .questions()
        .filter(|q| q.section.kind == aimsgap::questionnaire::SectionKind::Clause)
        .map(|q| q.question.id.clone())
        .collect();
    let answer_for = |n: usize| Answer {
        response: Response::Maturity {
            level: (n / ids.len() % 5) as u8 + 1,
        },
        finding: "Discussed in the workshop.".into(),
        notes: String::new(),
        evidence: vec!["Workshop minutes".into()],
        basis: Some(aimsgap::assessment::EvidenceBasis::Interview),
        owner: "Rana Kaya (Quality Manager)".into(),
        due: None,
        ..Answer::default()
    };
    let question = |n: usize| ids[n % ids.len()].as_str();
    let upsert = |conn: &Connection, n: usize, at: &str| {
        let a = answer_for(n);
        let evidence = serde_json::to_string(&a.evidence).expect("json");
        conn.prepare_cached(UPSERT)
            .and_then(|mut s| {
                s.execute(params![
                    fx.id,
                    question(n),
                    a.response.maturity(),
                    a.finding,
                    evidence,
                    "interview",
                    a.owner,
                    None::<String>,
                    at
                ])
            })
            .expect("upsert");
    };

    // The floor: one prepared upsert on the same table, in its own implicit transaction.
    let floor_db = fixture::scratch_copy(&fx.one, "commit-floor.db");
    let floor_conn = raw_connection(&floor_db);
    let same_db = fixture::scratch_copy(&fx.one, "commit-same.db");
    let same_conn = raw_connection(&same_db);
    let store_db = fixture::scratch_copy(&fx.one, "commit-store.db");
    let mut store = Store::open(&store_db).expect("open");
    let mut floor = Writer {
        db: floor_db,
        n: 0,
        write: Box::new(|n| timed(|| upsert(&floor_conn, n, &Timestamp::now().to_string()))),
    };
    // For the record, not judged: the same rows the store writes (the answer, its history
    // row, and dropping saved figures, gone after the first), as bare SQL in one transaction. What the store
    // costs beyond this is its own doing; the rest is the design's.
    let mut same = Writer {
        db: same_db,
        n: 0,
        write: Box::new(|n| {
            let old = serde_json::to_string(&answer_for(n.wrapping_sub(ids.len()))).expect("json");
            let new = serde_json::to_string(&answer_for(n)).expect("json");
            timed(|| {
                let at = Timestamp::now().to_string();
                same_conn.execute_batch("BEGIN IMMEDIATE").expect("begin");
                upsert(&same_conn, n, &at);
                same_conn
                    .prepare_cached(HISTORY)
                    .and_then(|mut s| s.execute(params![fx.id, question(n), at, old, new]))
                    .expect("history");
                same_conn
                    .prepare_cached(FIGURES)
                    .and_then(|mut s| s.execute(params![fx.id]))
                    .expect("figures");
                same_conn.execute_batch("COMMIT").expect("commit");
            })
        }),
    };
    // The subject: the store, as the workshop uses it.
    let mut subject = Writer {
        db: store_db,
        n: 0,
        write: Box::new(|n| {
            let a = answer_for(n);
            timed(|| {
                black_box(
                    store
                        .set_answer(fx.id, question(n), &a)
                        .expect("set_answer"),
                );
            })
        }),
    };
    if log == Log::Steady {
        for w in [&mut floor, &mut same, &mut subject] {
            while wal_pages(&w.db) < 1000 {
                w.next(log);
            }
        }
    }
    let n = rounds(600);
    let mut floor = || floor.next(log);
    let mut same = || same.next(log);
    let mut subject = || subject.next(log);
    let m = in_turn(10, n, &mut [&mut floor, &mut same, &mut subject]);
    let phase = match log {
        Log::Steady => "log reused",
        Log::Fresh => "log growing",
    };
    vec![
        Row {
            measure: format!("commit alone (Store::set_answer), {phase}"),
            floor: "raw rusqlite upsert, same pragmas".into(),
            floor_value: Some(m[0]),
            value: m[2],
            budget: Budget::Ratio(1.3),
            samples: n,
            unit: "ms",
        },
        Row {
            measure: format!("  the same writes as bare SQL, {phase}"),
            floor: "raw rusqlite upsert, same pragmas".into(),
            floor_value: Some(m[0]),
            value: m[1],
            budget: Budget::None,
            samples: n,
            unit: "ms",
        },
        Row {
            measure: format!("  Store::set_answer over the same writes, {phase}"),
            floor: "the same writes as bare SQL".into(),
            floor_value: Some(m[1]),
            value: m[2],
            budget: Budget::None,
            samples: n,
            unit: "ms",
        },
    ]
}

// ---- every export format ----

/// What the export dialog does for one format: build the report, render it, write it.
/// Returns the time of each step.
fn export_one(session: &Session, format: Format, dir: &Path) -> [Duration; 3] {
    let start = Instant::now();
    let report = Report::build(session, Timestamp::now());
    let built = Instant::now();
    let bytes = format.render(&report).expect("render");
    let rendered = Instant::now();
    let path = dir.join(format!("report.{}", format.name()));
    write_output(&path, &bytes, &Protected::nothing()).expect("write");
    [built - start, rendered - built, rendered.elapsed()]
}

fn exports(fx: &Fixtures) -> Row {
    let store = Store::open(&fx.one).expect("open");
    let catalog = Catalog::new(None);
    let out = fx.dir.join("exports");
    std::fs::create_dir_all(&out).expect("exports dir");
    let mut steps = vec![[(); 3].map(|()| Vec::new()); Format::ALL.len()];
    let mut opens = Vec::new();
    let mut sample = || {
        let start = Instant::now();
        let session = Session::open(&store, &catalog, fx.id).expect("session");
        opens.push(ms(start.elapsed()));
        for (k, format) in Format::ALL.into_iter().enumerate() {
            // The Word report has its own row and budget.
            if format == Format::Docx {
                continue;
            }
            for (step, took) in export_one(&session, format, &out).into_iter().enumerate() {
                steps[k][step].push(ms(took));
            }
        }
        start.elapsed()
    };
    let n = rounds(30);
    let value = alone(3, n, &mut sample);
    eprintln!(
        "  session opened once for all: {:.3} ms (median)",
        median(opens)
    );
    eprintln!("  export    build ms  render ms  write ms   (medians)");
    for (k, format) in Format::ALL.into_iter().enumerate() {
        if format == Format::Docx {
            continue;
        }
        let [b, r, w] = std::mem::take(&mut steps[k]).map(median);
        eprintln!("  {:<8} {b:>9.3} {r:>10.3} {w:>9.3}", format.name());
    }
    Row {
        measure: "every export format of the demo but docx, together".into(),
        floor: "—".into(),
        floor_value: None,
        value,
        budget: Budget::Median(50.0),
        samples: n,
        unit: "ms",
    }
}

/// The Word report of the demo, as the export dialog makes it: build, render, write.
fn docx(fx: &Fixtures) -> Row {
    let store = Store::open(&fx.one).expect("open");
    let catalog = Catalog::new(None);
    let out = fx.dir.join("exports");
    std::fs::create_dir_all(&out).expect("exports dir");
    let session = Session::open(&store, &catalog, fx.id).expect("session");
    let n = rounds(30);
    let value = alone(3, n, || {
        let start = Instant::now();
        black_box(export_one(&session, Format::Docx, &out));
        start.elapsed()
    });
    Row {
        measure: "the demo's gap report as DOCX".into(),
        floor: "—".into(),
        floor_value: None,
        value,
        budget: Budget::Median(100.0),
        samples: n,
        unit: "ms",
    }
}

// ---- the embedded catalogue ----

fn catalogue() -> Row {
    let text = built_in_source("iso42001").expect("built in");
    let n = rounds(60);
    let value = alone(3, n, || {
        timed(|| {
            black_box(load_str(black_box(text), "questionnaires/iso42001.toml").expect("loads"));
        })
    });
    Row {
        measure: "embedded catalogue load and validation".into(),
        floor: "—".into(),
        floor_value: None,
        value,
        budget: Budget::Median(5.0),
        samples: n,
        unit: "ms",
    }
}

// ---- merging ten interviewers' copies ----

/// Interviewers whose copies are merged.
const INTERVIEWERS: usize = 10;

/// Ten interviewers each took a copy of the demo assessment (`one.db`) and changed 14
/// questions' level, finding and owner; each interviewer's questions overlap the next one's
/// by half, so that neighbours changed the same fields differently (conflicts). One sample:
/// the file they were copied from, fresh, merges all ten, one after the other — what the
/// lead assessor runs at the end of a day with ten rooms.
fn merge_ten(fx: &Fixtures) -> Row {
    let dir = fx.dir.join("merge");
    std::fs::create_dir_all(&dir).expect("merge dir");
    let questions: Vec<String> = built_in("iso42001")
        .expect("built in")
        .questions()
        .map(|q| q.question.id.clone())
        .collect();
    let copies: Vec<PathBuf> = (0..INTERVIEWERS)
        .map(|i| {
            let path = dir.join(format!("interviewer-{i}.db"));
            let _ = std::fs::remove_file(&path);
            Store::open(&fx.one)
                .expect("open the template")
                .backup_to(&path, Some(fx.id))
                .expect("copy for an interviewer");
            let mut store = Store::open(&path).expect("open a copy");
            store.set_author(&format!("Interviewer {i}"));
            for q in questions.iter().skip(i * 7).take(14) {
                let mut answer = store.answer(fx.id, q).expect("answer");
                if answer.response.is_not_applicable() {
                    continue;
                }
                answer.response = Response::Maturity {
                    level: ((i + q.len()) % 6) as u8,
                };
                answer.finding = format!("Interviewer {i} heard this about {q}.");
                answer.owner = format!("Owner {i}");
                store
                    .set_answer(fx.id, q, &answer)
                    .expect("change an answer");
            }
            path
        })
        .collect();
    let lead = dir.join("lead.db");
    let mut conflicts = 0;
    let n = rounds(5);
    let value = alone(1, n, || {
        let _ = std::fs::remove_file(&lead);
        std::fs::copy(&fx.one, &lead).expect("a fresh lead file");
        let mut store = Store::open(&lead).expect("open the lead file");
        store.set_author("Lead");
        timed(|| {
            conflicts = 0;
            for copy in &copies {
                let merged = store.merge_from(copy, None).expect("merge");
                conflicts += merged.iter().map(|m| m.conflicts.len()).sum::<usize>();
            }
        })
    });
    assert!(conflicts > 0, "the copies were meant to conflict");
    eprintln!("merging ten copies: {conflicts} conflicts found per run");
    Row {
        measure: format!(
            "merge {INTERVIEWERS} interviewers' copies of the demo, one after the other"
        ),
        floor: "—".into(),
        floor_value: None,
        value,
        budget: Budget::Median(1000.0),
        samples: n,
        unit: "ms",
    }
}

// ---- home list and one export, 1,000 assessments against 1 ----

fn home_and_export(fx: &Fixtures) -> Vec<Row> {
    let out = fx.dir.join("exports");
    std::fs::create_dir_all(&out).expect("exports dir");
    let mut one = HomeBench::new(&fx.one, fx.id, &out);
    let mut many = HomeBench::new(&fx.many, fx.id, &out);
    let n = rounds(40);
    let (floor, value) = side_by_side(
        2,
        n,
        || one.sample(1),
        || many.sample(fixture::MANY as usize),
    );
    // For the record: the first listing with no figures saved (after the upgrade that
    // brought them, or after `aimsgap answer` changed many assessments), which scores all.
    let clear = Connection::open(&fx.many).expect("open");
    let cold_n = rounds(5);
    let cold = alone(0, cold_n, || {
        clear
            .execute("DELETE FROM assessment_figures", [])
            .expect("clear the saved figures");
        many.sample(fixture::MANY as usize)
    });
    vec![
        Row {
            measure: "home list + one export (html), 1,000 assessments".into(),
            floor: "the same with 1 assessment".into(),
            floor_value: Some(floor),
            value,
            budget: Budget::Ratio(2.0),
            samples: n,
            unit: "ms",
        },
        Row {
            measure: "  the same, no figures saved yet (first listing)".into(),
            floor: "the same with 1 assessment".into(),
            floor_value: Some(floor),
            value: cold,
            budget: Budget::None,
            samples: cold_n,
            unit: "ms",
        },
    ]
}

struct HomeBench<'a> {
    store: Store,
    catalog: Catalog,
    theme: Theme,
    keymap: Keymap,
    terminal: Terminal<CrosstermBackend<std::io::Sink>>,
    id: i64,
    out: &'a Path,
}

impl<'a> HomeBench<'a> {
    fn new(db: &Path, id: i64, out: &'a Path) -> Self {
        HomeBench {
            store: Store::open(db).expect("open"),
            catalog: Catalog::new(None),
            theme: Theme {
                color: true,
                presenter: false,
                ..Theme::default()
            },
            keymap: Keymap::default(),
            terminal: sink_terminal(),
            id,
            out,
        }
    }

    /// The home screen as it opens (the list with its figures, drawn), then one export.
    fn sample(&mut self, expect: usize) -> Duration {
        let HomeBench {
            store,
            catalog,
            theme,
            keymap,
            terminal,
            id,
            out,
        } = self;
        timed(|| {
            let mut home = Home::default();
            home.show(aimsgap::overview::list(store, catalog).expect("home"));
            terminal
                .draw(|f| {
                    let cx = Shared {
                        keymap,
                        theme,
                        lang: aimsgap::i18n::Lang::En,
                        session: None,
                        catalog,
                        today: Today::Clock,
                        timing: None,
                    };
                    home.render(f.area(), f.buffer_mut(), &cx);
                })
                .expect("draw");
            assert_eq!(home.rows.len(), expect);
            let session = Session::open(store, catalog, *id).expect("session");
            export_one(&session, Format::Html, out);
        })
    }
}
