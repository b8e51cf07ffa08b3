//! The command line in the user's language (`aimsgap config lang`, else the locale): German
//! messages, and the pseudo-locale proving that no English text escapes the catalogue.

use assert_cmd::Command;
use tempfile::TempDir;

use aimsgap::i18n::escaped_words;

struct Env {
    dir: TempDir,
    /// The locale given to every command (`LANG`).
    lang: &'static str,
}

struct Output {
    ok: bool,
    stdout: String,
    stderr: String,
}

impl Env {
    fn new(lang: &'static str) -> Env {
        Env {
            dir: TempDir::new().unwrap(),
            lang,
        }
    }

    fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("aimsgap").unwrap();
        c.env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("AIMSGAP_DB", self.dir.path().join("test.db"))
            .env("LANG", self.lang)
            .env("COLUMNS", "100");
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        let out = self.cmd().args(args).output().unwrap();
        Output {
            ok: out.status.success(),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    fn ok(&self, args: &[&str]) -> Output {
        let out = self.run(args);
        assert!(out.ok, "{args:?} failed: {}", out.stderr);
        out
    }

    fn demo(&self) -> String {
        self.ok(&["demo"]).stdout.trim().to_string()
    }
}

/// What the demo itself puts on the screen: names, references, ids, commands and flags,
/// which are not translated.
const DATA: &[&str] = &[
    "aimsgap demo open score export check list new delete answer set backup",
    "format html report QUESTION TEXT NAME FILE PATH AIMSGAP_DB db finding org",
    "id iso42001 ISO IEC en de pseudo csv soa roadmap json md xlsx docx",
    "Northwind Logistics GmbH Route optimisation and customer chatbot",
    "P1 P2 P3 PT",
];

/// Every text of the JSON `value`: the records' own words.
fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The words of the demo's own records (risks, systems, attendees, documents), as their
/// JSON lists give them.
fn records(env: &Env, id: &str) -> Vec<String> {
    let mut out = Vec::new();
    for kind in ["risk", "system", "attendee", "document"] {
        let json = env.ok(&[kind, "list", id, "--json"]).stdout;
        strings(&serde_json::from_str(&json).unwrap(), &mut out);
    }
    // Tables cut long texts to their columns, ending in "…".
    let cut: Vec<String> = out
        .iter()
        .flat_map(|s| [7, 21, 29, 33, 39].map(|n| s.chars().take(n).collect::<String>()))
        .collect();
    out.extend(cut);
    out
}

fn escaped_with<'a>(text: &'a str, what: &str, records: &[String]) -> Vec<&'a str> {
    let mut data: Vec<&str> = DATA.to_vec();
    data.extend(records.iter().map(String::as_str));
    let words = escaped_words(text, &data);
    assert!(
        words.is_empty(),
        "{what}: English outside the catalogue: {words:?}\n{text}"
    );
    words
}

fn escaped<'a>(text: &'a str, what: &str) -> Vec<&'a str> {
    let words = escaped_words(text, DATA);
    assert!(
        words.is_empty(),
        "{what}: English outside the catalogue: {words:?}\n{text}"
    );
    words
}

#[test]
fn the_main_commands_speak_german() {
    let env = Env::new("de_DE.UTF-8");
    let first = env.ok(&["new", "--org", "Acme"]).stdout;
    let deleted = env.ok(&["delete", first.trim()]);
    assert!(deleted.stderr.contains("gelöscht"), "{}", deleted.stderr);
    let empty = env.ok(&["list"]);
    assert!(
        empty.stdout.contains("Noch keine Bewertungen"),
        "{}",
        empty.stdout
    );
    let id = env.demo();
    let demo = env.ok(&["demo"]);
    assert!(demo.stderr.contains("Demo-Bewertung"), "{}", demo.stderr);

    let list = env.ok(&["list"]).stdout;
    assert!(
        list.contains("Organisation") && list.contains("Fragenkatalog"),
        "{list}"
    );
    assert!(list.contains("\u{a0}%"), "German percentages: {list}");

    let score = env.ok(&["score", &id]).stdout;
    assert!(score.contains("Zielreifegrad"), "{score}");
    assert!(
        score.contains("Gesamt") && score.contains("Lücken:"),
        "{score}"
    );
    assert!(score.contains(','), "decimal comma: {score}");

    let check = env.run(&["check", &id]);
    assert!(!check.ok, "the demo has findings");
    assert!(
        check
            .stdout
            .contains("vor der Übergabe des Berichts zu beheben"),
        "{}",
        check.stdout
    );

    let dir = env.dir.path().join("bericht.md");
    let export = env.ok(&["export", &id, "--format", "md", "-o", dir.to_str().unwrap()]);
    assert!(export.stderr.contains("exportiert"), "{}", export.stderr);
    assert!(export.stderr.contains("Warnung: "), "{}", export.stderr);

    let backup = env.dir.path().join("sicherung.db");
    let saved = env.ok(&["backup", &id, "-o", backup.to_str().unwrap()]);
    assert!(saved.stderr.contains("gesichert"), "{}", saved.stderr);
    let conflicts = env.ok(&["conflicts", &id]);
    assert!(
        conflicts.stderr.contains("keine Konflikte"),
        "{}",
        conflicts.stderr
    );
    let control = env.ok(&["control", &id, "A.2.2"]).stdout;
    assert!(
        control.contains("einbezogen") || control.contains("ausgeschlossen"),
        "{control}"
    );

    let error = env.run(&["export", &id, "--format", "md", "--delimiter", ";"]);
    assert!(!error.ok);
    assert!(
        error.stderr.starts_with("Fehler: --delimiter gilt für"),
        "{}",
        error.stderr
    );
}

#[test]
fn no_english_escapes_the_catalogue_on_the_command_line() {
    let env = Env::new("C");
    let first = env.ok(&["new", "--org", "Acme"]).stdout;
    env.ok(&["config", "lang", "pseudo"]);
    escaped(&env.ok(&["delete", first.trim()]).stderr, "delete");
    // The empty list names the database file.
    let db = env.dir.path().join("test.db").display().to_string();
    escaped(&env.ok(&["list"]).stdout.replace(&db, ""), "empty list");
    let id = env.demo();
    env.ok(&["set", &id, "--lang", "pseudo"]);

    let demo = env.ok(&["demo"]);
    escaped(&demo.stderr, "demo");
    escaped(&env.ok(&["list"]).stdout, "list");
    escaped(&env.ok(&["score", &id]).stdout, "score");
    let check = env.run(&["check", &id]);
    escaped(&check.stdout, "check");
    escaped(&check.stderr, "check (stderr)");
    let file = env.dir.path().join("r.md");
    let export = env.ok(&[
        "export",
        &id,
        "--format",
        "md",
        "-o",
        file.to_str().unwrap(),
    ]);
    escaped(&export.stderr.replace(file.to_str().unwrap(), ""), "export");
    let error = env.run(&["export", &id, "--format", "md", "--delimiter", ";"]);
    assert!(!error.ok);
    escaped(&error.stderr, "an error");
    let backup = env.dir.path().join("b.db");
    let saved = env.ok(&["backup", &id, "-o", backup.to_str().unwrap()]);
    escaped(
        &saved.stderr.replace(backup.to_str().unwrap(), ""),
        "backup",
    );
    escaped(&env.ok(&["conflicts", &id]).stderr, "conflicts");
    for control in ["A.2.2", "A.10.4", "A.6.2.4"] {
        escaped(&env.ok(&["control", &id, control]).stdout, "control");
    }
    let unknown = env.run(&["control", &id, "A.99"]);
    escaped(&unknown.stderr, "control A.99");
    let records = records(&env, &id);
    let own = |args: &[&str]| escaped_with(&env.ok(args).stdout, &args.join(" "), &records).len();
    own(&["system", "list", &id]);
    own(&["system", "suggest", &id]);
    own(&["risk", "list", &id]);
    own(&["attendee", "list", &id]);
    own(&["document", "list", &id]);
    let progress = env.dir.path().join("p.md");
    let compared = env.ok(&["compare", &id, &id, "-o", progress.to_str().unwrap()]);
    escaped(
        &compared.stderr.replace(progress.to_str().unwrap(), ""),
        "compare",
    );
    escaped(&env.ok(&["finalise", &id]).stderr, "finalise");
    escaped(&env.ok(&["reopen", &id]).stderr, "reopen");
    escaped(&env.run(&["reopen", &id]).stderr, "reopen a draft");
    escaped(
        &env.run(&["risk", "edit", &id, "R99"]).stderr,
        "risk edit R99",
    );
}

/// The commands of the help, the most used in full.
const HELP: &[&[&str]] = &[
    &["--help"],
    &["-h"],
    &["new", "--help"],
    &["open", "--help"],
    &["set", "--help"],
    &["set", "-h"],
    &["list", "--help"],
    &["answer", "--help"],
    &["check", "--help"],
    &["score", "--help"],
    &["export", "--help"],
    &["export", "-h"],
    &["demo", "--help"],
    &["help"],
    // Commands without examples after their options: every word from the catalogue.
    &["risk", "add", "--help"],
    &["system", "edit", "--help"],
    &["park", "add", "--help"],
    &["document", "add", "--help"],
    &["attendee", "remove", "--help"],
    &["restore", "--help"],
    &["reopen", "--help"],
    &["history", "--help"],
    &["conflicts", "--help"],
    &["questionnaire", "show", "--help"],
    &["survey", "import", "--help"],
    // Commands with examples after their options.
    &["delete", "--help"],
    &["control", "--help"],
    &["risk", "--help"],
    &["system", "--help"],
    &["backup", "--help"],
    &["resolve", "--help"],
    &["compare", "--help"],
    &["survey", "--help"],
    &["attendee", "--help"],
    &["park", "--help"],
    &["timebox", "--help"],
    &["agenda", "--help"],
    &["changed", "--help"],
    &["document", "--help"],
    &["finalise", "--help"],
    &["config", "--help"],
    &["questionnaire", "check", "--help"],
    &["questionnaire", "import", "--help"],
    &["merge", "--help"],
    &["fork", "--help"],
    &["iso27001", "--help"],
];

#[test]
fn the_help_speaks_german() {
    let env = Env::new("de_DE.UTF-8");
    let help = env.ok(&["--help"]).stdout;
    for german in [
        "Gap-Analyse nach ISO/IEC 42001",
        "Aufruf: aimsgap",
        "Befehle:",
        "Optionen:",
        "Eine Bewertung anlegen und ihre Nummer ausgeben",
        "Die Bewertungen in der Datenbank auflisten",
        "Hilfe anzeigen",
    ] {
        assert!(
            help.contains(german),
            "--help does not say {german:?}:\n{help}"
        );
    }
    let shown = env.ok(&["questionnaire", "show", "iso42001"]).stdout;
    assert!(shown.contains("Reifegradskala") && shown.contains("Kontext der Organisation"));
    let export = env.ok(&["export", "--help"]).stdout;
    for german in [
        "Gap-Bericht in Markdown",
        "Mögliche Werte:",
        "[Vorgabe: json]",
        "Nummer der Bewertung",
        "Beispiele:",
    ] {
        assert!(
            export.contains(german),
            "export --help does not say {german:?}:\n{export}"
        );
    }
    // The commands and their options are named as they are typed; the placeholders of
    // their values are German.
    assert!(export.contains("--include-private-notes") && export.contains("roadmap"));
    assert!(
        help.contains("Aufruf: aimsgap [OPTIONEN] [BEFEHL]") && help.contains("--db <PFAD>"),
        "{help}"
    );
    assert!(
        export.contains("Aufruf: aimsgap export [OPTIONEN] <ID>")
            && export.contains("--output <DATEI>")
            && export.contains("--delimiter <ZEICHEN>"),
        "{export}"
    );
    let risk = env.ok(&["risk", "--help"]).stdout;
    assert!(risk.contains("aimsgap risk [OPTIONEN] <BEFEHL>"), "{risk}");
    let control = env.ok(&["control", "--help"]).stdout;
    assert!(
        control.contains("<MASSNAHME>") && control.contains("--include <ART:DETAIL>"),
        "{control}"
    );
    let new = env.ok(&["new", "--help"]).stdout;
    assert!(new.contains("--date <JJJJ-MM-TT>"), "{new}");
    for english in ["[OPTIONS]", "<COMMAND>", "<FILE>", "<PATH>", "<YYYY-MM-DD>"] {
        for text in [&help, &export, &risk, &control, &new] {
            assert!(!text.contains(english), "{english} in:\n{text}");
        }
    }
    // A parse error's usage too.
    let refused = env.run(&["export"]);
    assert!(
        refused
            .stderr
            .contains("Aufruf: aimsgap export --db <PFAD> <ID>"),
        "{}",
        refused.stderr
    );
    let set = env.ok(&["set", "-h"]).stdout;
    assert!(
        set.contains("Dokumentenlenkung:") && set.contains("Zielreifegrad"),
        "{set}"
    );
}

#[test]
fn no_english_escapes_the_catalogue_in_the_help() {
    let env = Env::new("pseudo");
    // What clap writes itself: the names of options and values typed as they are (the
    // placeholders of values are the catalogue's).
    let names = [
        "none ascii include private notes",
        "maturity na unanswered justification recommendation response note evidence basis",
        "said by owner due org scope assessor target questionnaire date roadmap start",
        "capacity effort audit cycle lang holidays report version confidentiality distribution",
        "prepared reviewed approved on summary file day rate currency json output delimiter",
        "help interview document observed md html xlsx docx csv soa",
        "control risk system backup restore merge conflicts fork resolve check score export",
        "compare survey attendee park iso27001 timebox agenda changed finalise reopen history",
        "config demo open new set list delete answer aimsgap db AIMSGAP_DB",
        "add edit remove all title level risk purpose role roles class out in reason",
        "clear citations attendee xlsx import show",
        "since version name of",
        "exclude include note take value",
        "force user toml yaml suggest into assessor scores cleared kept",
        "from list accept clear json place not",
    ];
    let mut data: Vec<&str> = DATA.to_vec();
    data.extend(names);
    for args in HELP {
        let out = env.ok(args);
        let words = escaped_words(&out.stdout, &data);
        assert!(
            words.is_empty(),
            "{args:?}: English outside the catalogue: {words:?}\n{}",
            out.stdout
        );
    }
}

/// The workshop's records on the command line: history, changes, timeboxes, agenda, the
/// parking lot, for an assessment of the test's own words.
#[test]
fn no_english_escapes_the_catalogue_in_the_records() {
    let env = Env::new("pseudo");
    let id = env.ok(&["new", "--org", "Acme", "--lang", "pseudo"]).stdout;
    let id = id.trim();
    let data: &[&str] = &["Acme Slides Dana Ask UTC", "iso42001"];
    let check = |out: &str, what: &str| {
        let words = escaped_words(out, data);
        assert!(
            words.is_empty(),
            "{what}: English outside the catalogue: {words:?}\n{out}"
        );
    };
    let answer = [
        "answer",
        id,
        "4.1-a",
        "--maturity",
        "2",
        "--finding",
        "Slides",
        "--owner",
        "Dana",
        "--due",
        "2027-01-31",
        "--evidence",
        "Slides",
        "--note",
        "Ask",
    ];
    env.ok(&answer);
    env.ok(&["answer", id, "4.1-a", "--maturity", "3"]);
    check(&env.ok(&["history", id]).stdout, "history");
    check(
        &env.ok(&["history", id, "4.1-a"]).stdout,
        "history of a question",
    );
    check(
        &env.run(&["history", id, "4.1-z"]).stderr,
        "history of no question",
    );
    check(
        &env.ok(&["changed", id, "--since", "2020-01-01"]).stdout,
        "changed",
    );
    check(
        &env.ok(&["changed", id]).stdout,
        "changed since my last change",
    );
    check(&env.ok(&["timebox", id, "4", "20"]).stderr, "timebox");
    check(&env.ok(&["timebox", id, "5", "off"]).stderr, "timebox off");
    check(&env.ok(&["agenda", id]).stdout, "agenda");
    check(&env.ok(&["park", "list", id]).stdout, "no open points");
    check(
        &env.ok(&["park", "add", id, "4.1-a", "Ask Dana"]).stderr,
        "park",
    );
    check(&env.ok(&["park", "list", id]).stdout, "open points");
    check(&env.ok(&["park", "resolve", id, "4.1-a"]).stderr, "resolve");
    check(
        &env.ok(&["park", "list", id, "--all"]).stdout,
        "resolved points",
    );
    let shown = env.ok(&["questionnaire", "show", "iso42001"]).stdout;
    check(&shown, "questionnaire show");
    check(
        &env.ok(&["questionnaire", "list"])
            .stdout
            .replace(&env.dir.path().display().to_string(), ""),
        "questionnaire list",
    );
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let overlay = root.join("tests/fixtures/overlays/valid/partial.de.toml");
    let minimal = root.join("tests/fixtures/questionnaires/valid/minimal.toml");
    let own = env.dir.path().join("data/aimsgap/questionnaires");
    std::fs::create_dir_all(&own).unwrap();
    std::fs::copy(&minimal, own.join("minimal.toml")).unwrap();
    for args in [
        &["questionnaire", "check", minimal.to_str().unwrap()][..],
        &["questionnaire", "check", overlay.to_str().unwrap()][..],
    ] {
        let out = env.ok(args);
        let text = out.stdout.replace(args[2], "");
        let words = escaped_words(&text, &["minimal", "de", "Deutsch", "iso42001"]);
        assert!(words.is_empty(), "{args:?}: {words:?}\n{text}");
    }
    check(&env.ok(&["iso27001", id]).stdout, "nothing in place");
    let marked = env.ok(&["iso27001", id, "--in-place", "5.2,7.2,A.5.1,A.8.25"]);
    check(&marked.stderr, "marked in place");
    check(&marked.stdout, "suggestions");
    check(
        &env.run(&["iso27001", id, "--in-place", "99.1"]).stderr,
        "unknown reference",
    );
    check(
        &env.ok(&["iso27001", id, "--accept", "5.2-a"]).stderr,
        "accepted",
    );
    check(&env.ok(&["iso27001", id]).stdout, "reused");
}

/// `config` says where each setting comes from in the user's language, and a language aimsgap
/// does not speak is refused in it (from `--lang` and from `config lang`).
#[test]
fn settings_and_a_refused_language_read_in_german() {
    let de = Env::new("de_DE.UTF-8");
    de.demo();
    let out = de.ok(&["config", "lang"]);
    assert_eq!(
        out.stdout,
        "Sprache: de (aus dem Gebietsschema, LANG=de_DE.UTF-8)\n"
    );
    let out = de.ok(&["config", "user", "Jo Okafor"]);
    assert_eq!(
        out.stdout,
        "Name: Jo Okafor (aus der Einstellung dieser Datei)\n"
    );
    for args in [
        &["config", "lang", "fr"][..],
        &["new", "--org", "X", "--lang", "fr"],
    ] {
        let out = de.run(args);
        assert!(!out.ok);
        assert!(
            out.stderr
                .contains("\"fr\" ist keine Sprache, die aimsgap spricht: möglich sind en (English) oder de (Deutsch)"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let pseudo = Env::new("pseudo");
    pseudo.demo();
    for args in [
        &["config", "lang"][..],
        &["config", "lang", "fr"],
        &["config", "user"],
    ] {
        let out = pseudo.run(args);
        let text = format!("{}{}", out.stdout, out.stderr);
        let words = escaped_words(
            &text,
            &[
                "lang", "pseudo", "LANG", "fr", "en", "English", "de", "Deutsch",
            ],
        );
        assert!(words.is_empty(), "{args:?}: {words:?} in {text}");
    }
}

/// Command lines that do not parse: an unknown flag with a suggestion, a value not among the
/// possible ones, a missing argument, an unknown command, a missing subcommand, a value our
/// own parser refuses.
const PARSE_ERRORS: &[&[&str]] = &[
    &["export", "--frmat", "html", "x"],
    &["export", "--format", "nope", "x"],
    &["export"],
    &["nosuch"],
    &["risk"],
    &["new", "--org", "Acme", "--lang", "xx"],
    &["set", "x"],
    &["set", "1", "--capacity", "abc"],
];

#[test]
fn parse_errors_speak_german() {
    let env = Env::new("de_DE.UTF-8");
    let errors: Vec<Output> = PARSE_ERRORS.iter().map(|args| env.run(args)).collect();
    for (args, out) in PARSE_ERRORS.iter().zip(&errors) {
        assert!(!out.ok, "{args:?}");
        assert!(
            out.stderr.starts_with("Fehler: ")
                && out
                    .stderr
                    .ends_with("\n\nWeitere Informationen mit '--help'.\n"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let code = env.cmd().args(PARSE_ERRORS[0]).output().unwrap().status;
    assert_eq!(code.code(), Some(2));
    let [unknown, invalid, missing, command, sub, lang, id, capacity] = &errors[..] else {
        unreachable!()
    };
    assert!(
        unknown.stderr.contains("unerwartetes Argument '--frmat'")
            && unknown
                .stderr
                .contains("Tipp: ein ähnliches Argument gibt es: '--format'")
            && unknown.stderr.contains("\nAufruf: aimsgap export "),
        "{}",
        unknown.stderr
    );
    assert!(
        invalid
            .stderr
            .contains("ungültiger Wert 'nope' für '--format <FORMAT>'")
            && invalid.stderr.contains("[mögliche Werte: md, html,"),
        "{}",
        invalid.stderr
    );
    assert!(
        missing
            .stderr
            .contains("Das folgende erforderliche Argument fehlt:\n  <ID>"),
        "{}",
        missing.stderr
    );
    assert!(
        command.stderr.contains("unbekannter Befehl 'nosuch'"),
        "{}",
        command.stderr
    );
    assert!(
        sub.stderr.contains("verlangt einen Unterbefehl") && sub.stderr.contains("[Unterbefehle:"),
        "{}",
        sub.stderr
    );
    assert!(
        lang.stderr
            .contains("ungültiger Wert 'xx' für '--lang <SPRACHE>'")
            && lang.stderr.contains("ist keine Sprache"),
        "{}",
        lang.stderr
    );
    assert!(
        id.stderr.contains("'x' für '<ID>': keine ganze Zahl"),
        "{}",
        id.stderr
    );
    assert!(
        capacity
            .stderr
            .contains("'abc' für '--capacity <TAGE>': keine Zahl"),
        "{}",
        capacity.stderr
    );
}

#[test]
fn no_english_escapes_the_catalogue_in_parse_errors() {
    let env = Env::new("pseudo");
    let mut data: Vec<&str> = DATA.to_vec();
    data.extend([
        "frmat nope xx nosuch Acme help add edit list remove risk",
        "English Deutsch abc",
    ]);
    for args in PARSE_ERRORS {
        let out = env.run(args);
        assert!(!out.ok, "{args:?}");
        let words = escaped_words(&out.stderr, &data);
        assert!(
            words.is_empty(),
            "{args:?}: English outside the catalogue: {words:?}\n{}",
            out.stderr
        );
    }
}

#[test]
fn parse_errors_in_english_are_clap_s_own() {
    let env = Env::new("C");
    let unknown = env.run(PARSE_ERRORS[0]).stderr;
    assert_eq!(
        unknown,
        "error: unexpected argument '--frmat' found\n\n  \
         tip: a similar argument exists: '--format'\n\n\
         Usage: aimsgap export --format <FORMAT> <ID>\n\n\
         For more information, try '--help'.\n"
    );
    let missing = env.run(PARSE_ERRORS[2]).stderr;
    assert!(
        missing.starts_with(
            "error: the following required arguments were not provided:\n  <ID>\n\nUsage:"
        ),
        "{missing}"
    );
}

/// A typed value the command line refuses (a date, effort sizes, a capacity, a name, an ISO
/// 27001 reference, a section, a timebox) is refused in the user's language.
#[test]
fn refused_values_read_in_german() {
    let de = Env::new("de_DE.UTF-8");
    let id = de.demo();
    let cases: [(&[&str], &str); 7] = [
        (
            &["new", "--org", "X", "--date", "2026-02-30"],
            "„2026-02-30“ ist kein gültiges Kalenderdatum",
        ),
        (
            &["new", "--org", "X", "--effort", "M5"],
            "„M5“ hat nicht die Form GRÖSSE=TAGE",
        ),
        (
            &["new", "--org", "X", "--capacity", "0"],
            "Die Kapazität muss zwischen 0,1 und 1000 Personentagen pro Woche liegen",
        ),
        (
            &["config", "user", "a\u{7}b"],
            "Der Name enthält ein Steuerzeichen",
        ),
        (
            &["iso27001", &id, "--in-place", "A.5.99"],
            "„A.5.99“ ist keine Maßnahme (Anhang A)",
        ),
        (
            &["timebox", &id, "99", "20"],
            "„99“ ist kein Abschnitt dieses Fragebogens",
        ),
        (&["timebox", &id, "6", "soon"], "„soon“ ist kein Zeitrahmen"),
    ];
    for (args, german) in cases {
        let out = de.run(args);
        assert!(!out.ok, "{args:?}");
        assert!(out.stderr.contains(german), "{args:?}: {}", out.stderr);
    }
}

/// A reason for including a control, the risks it names, and an answer its control's
/// applicability refuses (`soa::SoaError`) are refused in the user's language.
#[test]
fn applicability_refusals_read_in_german() {
    let cases: [(&[&str], &str); 4] = [
        (
            &["control", "ID", "A.2.2", "--include", "because:x"],
            "„because“ ist keine Art von Begründung",
        ),
        (
            &["control", "ID", "A.2.2", "--include", "legal"],
            "Eine Begründung „legal“ muss sagen, worauf sie sich stützt",
        ),
        (
            &["control", "ID", "A.2.2", "--include", "risk:R99"],
            "Kein Risiko „R99“: Das Register enthält",
        ),
        (
            &["answer", "ID", "A.2.2-a", "--maturity", "2"],
            "A.2.2 ist von der Erklärung zur Anwendbarkeit ausgeschlossen („Keine KI“)",
        ),
    ];
    let de = Env::new("de_DE.UTF-8");
    let pseudo = Env::new("pseudo");
    let (de_id, pseudo_id) = (de.demo(), pseudo.demo());
    de.ok(&["control", &de_id, "A.2.2", "--exclude", "Keine KI"]);
    pseudo.ok(&["control", &pseudo_id, "A.2.2", "--exclude", "Keine KI"]);
    let records = records(&pseudo, &pseudo_id);
    for (args, german) in cases {
        let with = |id: &str| -> Vec<String> {
            args.iter()
                .map(|a| if *a == "ID" { id } else { a }.to_string())
                .collect()
        };
        let args_de = with(&de_id);
        let out = de.run(&args_de.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(!out.ok, "{args:?}");
        assert!(out.stderr.contains(german), "{args:?}: {}", out.stderr);
        let args_pseudo = with(&pseudo_id);
        let out = pseudo.run(&args_pseudo.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(!out.ok, "{args:?}");
        escaped_with(
            &out.stderr,
            &format!("{args:?}"),
            &[
                records.clone(),
                vec!["because R99 A.2.2-a A.2.2 legal x Keine KI".into()],
            ]
            .concat(),
        );
    }
}

/// A backup that cannot be trusted is refused with its problems in the user's language: each
/// line says where (assessment, question, field) and what is wrong in German, and in the
/// pseudo-locale no English word escapes the catalogue.
#[test]
fn a_refused_backup_lists_its_problems_in_german() {
    for (lang, german) in [("de_DE.UTF-8", true), ("pseudo", false)] {
        let env = Env::new(lang);
        let id = env.demo();
        let backup = env.dir.path().join("kaputt.db");
        env.ok(&["backup", &id, "--output", backup.to_str().unwrap()]);
        let conn = rusqlite::Connection::open(&backup).unwrap();
        conn.execute_batch(
            "PRAGMA ignore_check_constraints = ON;
             UPDATE answer SET maturity = 9, due = 'bald' WHERE question_id = '4.1-a';
             UPDATE assessment SET scope = 'a' || char(0) || 'b';",
        )
        .unwrap();
        drop(conn);
        let out = env.run(&["restore", backup.to_str().unwrap()]);
        assert!(!out.ok);
        if german {
            for line in [
                "wurde nicht wiederhergestellt",
                "(Northwind Logistics GmbH), Geltungsbereich: enthält ein NUL-Byte",
                "Frage 4.1-a, Reifegrad: 9 liegt außerhalb der Skala des Fragenkatalogs, 0 bis 5",
                "Frage 4.1-a, Fälligkeit: „bald“ ist kein Datum der Form JJJJ-MM-TT",
            ] {
                assert!(out.stderr.contains(line), "{line}: {}", out.stderr);
            }
        } else {
            let path = backup.display().to_string();
            escaped_with(&out.stderr, "restore", &[path, "bald".into()]);
        }
    }
}

/// A file `merge` refuses says why in the user's language.
#[test]
fn a_refused_merge_says_why_in_german() {
    for (lang, german) in [("de_DE.UTF-8", true), ("pseudo", false)] {
        let env = Env::new(lang);
        env.demo();
        let other = env.dir.path().join("anderer.db");
        let other = other.to_str().unwrap();
        env.ok(&["--db", other, "new", "--org", "Fremd GmbH"]);
        let out = env.run(&["merge", other]);
        assert!(!out.ok);
        if german {
            assert!(
                out.stderr.contains(
                    "wurde nicht zusammengeführt, und nichts wurde geändert: sie gehört zu einem \
                     anderen Auftrag: Sie enthält keine Kopie einer Bewertung hier"
                ),
                "{}",
                out.stderr
            );
        } else {
            escaped_with(&out.stderr, "merge", &[other.to_string()]);
        }
    }
}

/// `questionnaire check` of a questionnaire file with problems: each line (file, line,
/// column, then where in the file and what) in the user's language.
#[test]
fn a_questionnaire_file_s_problems_read_in_german() {
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/questionnaires");
    let file = |name: &str| {
        fixtures
            .join("invalid")
            .join(name)
            .to_str()
            .unwrap()
            .to_string()
    };
    let de = Env::new("de_DE.UTF-8");
    for (name, german) in [
        (
            "empty_file.toml",
            "empty_file.toml:1:1: Fragenkatalog: Pflichtfeld `title` fehlt",
        ),
        (
            "requirement_outside_section.toml",
            "Fragenkatalog: unbekanntes Feld `requirement` (meinten Sie `[[section.requirement]]`?)",
        ),
        (
            "evidence_entries_not_strings.toml",
            "Frage „B.1-a“: Einträge in `evidence` dürfen nicht leer sein",
        ),
        (
            "many_problems.toml",
            "Frage-ID „1.1-a“ doppelt vergeben (zuerst verwendet in Zeile 37)",
        ),
    ] {
        let out = de.run(&["questionnaire", "check", &file(name)]);
        assert!(!out.ok, "{name}");
        assert!(out.stderr.contains(german), "{name}: {}", out.stderr);
    }
    let pseudo = Env::new("pseudo");
    let path = fixtures.to_str().unwrap().to_string();
    // Every file of the invalid fixtures: no English escapes the catalogue.
    let mut names: Vec<String> = std::fs::read_dir(fixtures.join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert!(names.len() > 40, "{names:?}");
    for name in &names {
        let name = name.as_str();
        let out = pseudo.run(&["questionnaire", "check", &file(name)]);
        assert!(!out.ok, "{name}");
        escaped_with(&out.stderr, name, &[path.clone(), name.to_string()]);
    }
    // Translation overlays too.
    let overlays = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/overlays");
    let overlay = |name: &str| {
        overlays
            .join("invalid")
            .join(name)
            .to_str()
            .unwrap()
            .to_string()
    };
    let out = de.run(&["questionnaire", "check", &overlay("unknown_field.de.toml")]);
    assert!(
        out.stderr.contains(
            "[question.\"1.1-a\"]: `weight` ist kein Text: Eine Übersetzung übersetzt nur Texte"
        ),
        "{}",
        out.stderr
    );
    let out = de.run(&["questionnaire", "check", &overlay("unknown_base.de.toml")]);
    assert!(
        out.stderr.contains(
            "Übersetzung: `base` „minimall“: Kein Fragenkatalog hat diese ID (vorhanden: iso42001)"
        ),
        "{}",
        out.stderr
    );
    let path = overlays.to_str().unwrap().to_string();
    for entry in std::fs::read_dir(overlays.join("invalid")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        let out = pseudo.run(&["questionnaire", "check", &overlay(&name)]);
        assert!(!out.ok, "{name}");
        escaped_with(&out.stderr, &name, &[path.clone(), name.clone()]);
    }
}

/// A questionnaire that is not there, or a file that is not one, is refused in the user's
/// language.
#[test]
fn a_missing_questionnaire_is_refused_in_german() {
    let de = Env::new("de_DE.UTF-8");
    let out = de.run(&["new", "--org", "X", "--questionnaire", "iso4200"]);
    assert!(!out.ok);
    assert!(
        out.stderr
            .contains("Kein Fragenkatalog mit der ID „iso4200“ (meinten Sie „iso42001“?)"),
        "{}",
        out.stderr
    );
    let pseudo = Env::new("pseudo");
    let out = pseudo.run(&["new", "--org", "X", "--questionnaire", "iso4200"]);
    assert!(!out.ok);
    escaped_with(&out.stderr, "new", &["iso4200".to_string()]);
}

/// Who said it, naming nobody of the assessment, is refused in the user's language.
#[test]
fn an_unknown_attendee_is_refused_in_german() {
    let de = Env::new("de_DE.UTF-8");
    let id = de.ok(&["new", "--org", "Acme"]).stdout.trim().to_string();
    let args = [
        "answer",
        &id,
        "4.1-a",
        "--maturity",
        "2",
        "--said-by",
        "Niemand",
    ];
    let out = de.run(&args);
    assert!(!out.ok);
    assert!(
        out.stderr.contains(
            "Keine teilnehmende Person „Niemand“: Es ist noch keine erfasst; erfassen Sie eine mit"
        ),
        "{}",
        out.stderr
    );
    de.ok(&[
        "attendee",
        "add",
        &id,
        "--name",
        "Dana Reyes",
        "--role",
        "CISO",
    ]);
    let out = de.run(&args);
    assert!(
        out.stderr
            .contains("Keine teilnehmende Person „Niemand“; die Teilnehmenden sind A1 Dana Reyes"),
        "{}",
        out.stderr
    );
    let pseudo = Env::new("pseudo");
    let id = pseudo
        .ok(&["new", "--org", "Acme"])
        .stdout
        .trim()
        .to_string();
    let args = [
        "answer",
        &id,
        "4.1-a",
        "--maturity",
        "2",
        "--said-by",
        "Niemand",
    ];
    let out = pseudo.run(&args);
    assert!(!out.ok);
    escaped_with(
        &out.stderr,
        "said-by",
        &["Niemand said by ROLE".to_string()],
    );
}
