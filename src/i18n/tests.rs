use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::date;

use super::catalogue::{AREAS, Lazy, bundle};
use super::*;

/// Message ids and the variables each uses, read from a catalogue file's text.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        if starts_message && let Some((id, _)) = line.split_once(" =") {
            assert!(
                out.insert(id.trim().to_string(), BTreeSet::new()).is_none(),
                "{id} is defined twice"
            );
            current = Some(id.trim().to_string());
        } else if line.starts_with('#') || line.starts_with('-') {
            current = None;
        }
        if let Some(id) = &current {
            let vars = out.get_mut(id).expect("current message");
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                vars.insert(name);
            }
        }
    }
    out
}

#[test]
fn every_file_parses_and_every_language_has_the_same_messages_with_the_same_arguments() {
    for (i, area) in AREAS.iter().enumerate() {
        for (lang, source) in [(Lang::En, area.en), (Lang::De, area.de)] {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("{}.ftl ({}): {errors:?}", area.name, lang.code());
            }
            // Building the bundle also adds the common terms.
            let b = bundle(lang, i);
            for id in messages(source).keys() {
                assert!(
                    id.starts_with(&format!("{}-", area.name)),
                    "{id} is in {}.ftl but does not start with `{}-`",
                    area.name,
                    area.name
                );
                assert!(b.has_message(id), "{id} ({})", lang.code());
            }
        }
        let en = messages(area.en);
        let de = messages(area.de);
        let missing: Vec<_> = en.keys().filter(|id| !de.contains_key(*id)).collect();
        assert!(
            missing.is_empty(),
            "{}.ftl: not in German: {missing:?}",
            area.name
        );
        let extra: Vec<_> = de.keys().filter(|id| !en.contains_key(*id)).collect();
        assert!(
            extra.is_empty(),
            "{}.ftl: only in German: {extra:?}",
            area.name
        );
        for (id, vars) in &en {
            assert_eq!(
                vars, &de[id],
                "{id}: the German message uses other arguments"
            );
        }
    }
}

#[test]
fn messages_come_in_the_language_asked_for_with_plurals_of_that_language() {
    assert_eq!(t!(Lang::En, "report-gaps", count = 1), "one gap");
    assert_eq!(t!(Lang::En, "report-gaps", count = 3usize), "3 gaps");
    assert_eq!(t!(Lang::De, "report-gaps", count = 1), "eine Lücke");
    assert_eq!(t!(Lang::De, "report-gaps", count = 12), "12 Lücken");
    assert_eq!(
        t!(Lang::De, "report-language", language = Lang::De.name()),
        "Berichtssprache: Deutsch"
    );
    // No invisible isolation marks around arguments.
    assert!(!t!(Lang::En, "tui-language", language = "x").contains('\u{2068}'));
}

#[test]
fn the_pseudo_locale_accents_the_text_wraps_the_message_and_leaves_arguments_alone() {
    let text = t!(Lang::Pseudo, "report-language", language = "Acme");
    assert!(
        text.starts_with(PSEUDO_OPEN) && text.ends_with(PSEUDO_CLOSE),
        "{text}"
    );
    assert!(text.contains("Acme"), "{text}");
    assert!(!text.contains("Report"), "{text}");
    assert!(text.contains("Ŕéþóŕţ"), "{text}");
    assert!(escaped_words(&text, &[]).is_empty(), "{text}");
}

#[test]
fn escaped_words_finds_text_outside_the_markers_except_the_fixtures_own_data() {
    let screen = format!("{PSEUDO_OPEN}Śçóŕé{PSEUDO_CLOSE} Score 2.5 Acme Ltd 4.1-a");
    assert_eq!(escaped_words(&screen, &["Acme Ltd"]), vec!["Score"]);
    assert!(escaped_words(&screen, &["Acme Ltd", "Score"]).is_empty());
    // A single letter (a question's suffix) is not a word.
    assert!(escaped_words("4.1-a A.6.2.4", &[]).is_empty());
}

#[test]
fn languages_are_read_from_codes_tags_and_posix_locales() {
    for (text, lang) in [
        ("de", Some(Lang::De)),
        ("DE", Some(Lang::De)),
        ("de-AT", Some(Lang::De)),
        ("de_DE.UTF-8", Some(Lang::De)),
        ("de_CH@euro", Some(Lang::De)),
        ("German", Some(Lang::De)),
        ("en_GB.UTF-8", Some(Lang::En)),
        ("pseudo", Some(Lang::Pseudo)),
        ("fr_FR.UTF-8", None),
        ("C", None),
        ("", None),
    ] {
        assert_eq!(Lang::parse(text), lang, "{text:?}");
    }
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Lang::from_locale(env(&[("LANG", "de_DE.UTF-8")])), Lang::De);
    // LC_ALL outranks LANG; an empty value is skipped.
    assert_eq!(
        Lang::from_locale(env(&[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::from_locale(env(&[
            ("LC_ALL", ""),
            ("LC_MESSAGES", "de_AT"),
            ("LANG", "en_US")
        ])),
        Lang::De
    );
    assert_eq!(Lang::from_locale(env(&[])), Lang::En);
    for lang in [Lang::En, Lang::De, Lang::Pseudo] {
        assert_eq!(Lang::parse(lang.code()), Some(lang));
    }
}

#[test]
fn numbers_and_dates_take_the_languages_form() {
    assert_eq!(Lang::En.decimal(1.44, 1), "1.4");
    assert_eq!(Lang::De.decimal(1.44, 1), "1,4");
    assert_eq!(Lang::De.decimal(-0.25, 2), "-0,25");
    assert_eq!(Lang::En.percent(43.0), "43%");
    assert_eq!(Lang::De.percent(43.0), "43\u{a0}%");
    let d = date(2026, 11, 30);
    assert_eq!(Lang::En.date(d), "2026-11-30");
    assert_eq!(Lang::De.date(d), "30.11.2026");
    assert_eq!(Lang::De.date(date(2027, 1, 4)), "04.01.2027");
    assert_eq!(Lang::De.date_text("2026-11-30"), "30.11.2026");
    assert_eq!(Lang::De.date_text("not a date"), "not a date");
    assert_eq!(Lang::En.csv_delimiter(), b',');
    assert_eq!(Lang::De.csv_delimiter(), b';');
    assert_eq!(Lang::En.integer(1_234_567), "1,234,567");
    assert_eq!(Lang::De.integer(-1250), "-1.250");
    assert_eq!(Lang::De.integer(999), "999");
}

/// Each message parsed on its own, as the program parses them (`catalogue::Lazy`), reads as it
/// does with its whole file parsed: the index cuts every message whole (its variants and a
/// closing brace at the margin included) and brings in the messages it refers to.
#[test]
fn a_message_parsed_alone_reads_as_in_its_whole_file() {
    for (i, area) in AREAS.iter().enumerate() {
        for lang in [Lang::En, Lang::De, Lang::Pseudo] {
            let source = if lang == Lang::De { area.de } else { area.en };
            let whole = bundle(lang, i);
            let ids: Vec<String> = messages(source).into_keys().collect();
            for id in ids {
                let Some(pattern) = whole.get_message(&id).and_then(|m| m.value()) else {
                    continue;
                };
                let expected = whole.format_pattern(pattern, None, &mut vec![]).to_string();
                let mut lazy = Lazy::new(lang, i);
                let alone = lazy.with(&id, lang);
                let pattern = alone
                    .get_message(&id)
                    .and_then(|m| m.value())
                    .unwrap_or_else(|| panic!("{id} ({lang}) not found alone"));
                let got = alone.format_pattern(pattern, None, &mut vec![]).to_string();
                assert_eq!(got, expected, "{id} ({lang})");
            }
        }
    }
}

/// Only what is asked for is parsed.
#[test]
fn asking_for_one_message_parses_it_and_those_it_refers_to() {
    let report = AREAS.iter().position(|a| a.name == "report").unwrap();
    let mut lazy = Lazy::new(Lang::En, report);
    let bundle = lazy.with("report-priority-p1-label", Lang::En);
    assert!(bundle.has_message("report-priority-p1-label"));
    assert!(bundle.has_message("report-priority-p1-describe"));
    assert!(bundle.has_message("report-priority-p1"));
    assert!(!bundle.has_message("report-priority-p2-label"));
}

/// The table build.rs made of each catalogue file is what reading the file's lines gives now
/// (a file edited without the table being rebuilt would lose or misplace messages).
#[test]
fn the_built_index_of_each_file_matches_the_file() {
    use super::catalogue::built_index;
    use super::index::entries;
    for area in &AREAS {
        for (lang, source) in [(Lang::En, area.en), (Lang::De, area.de)] {
            let built = built_index(lang, area.name);
            assert!(!built.is_empty(), "{} ({lang}) has no index", area.name);
            assert_eq!(built, entries(source).as_slice(), "{} ({lang})", area.name);
            for e in built {
                let id = &source[e.start as usize..e.id_end as usize];
                assert!(id.starts_with(area.name), "{id} in {}.ftl", area.name);
            }
        }
    }
}
