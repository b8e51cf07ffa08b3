//! The workshop clock: time spent per section of the questionnaire (a clause, an Annex A
//! group), per sitting and over all sittings, against an optional timebox per section.
//! Pure: it is told the time and what is on screen, and knows nothing of terminals, the
//! store or the system clock.
//!
//! A *sitting* runs from opening an assessment in the workshop to leaving it (quitting, going
//! home). Time counts toward the section of the question on screen; other screens (dashboard,
//! roadmap, agenda) count toward the sitting only. Time counts for at most
//! [`IDLE_LIMIT_SECS`] after the last key: the room may still be talking about the question,
//! or may have gone for lunch, and nobody knows which.
//! Sittings are stored, so that a section's actual time adds up across them.

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::questionnaire::{Questionnaire, SectionKind};

/// The longest pause counted in full (seconds).
pub const IDLE_LIMIT_SECS: u64 = 5 * 60;

/// The longest timebox (minutes): a day.
pub const MAX_TIMEBOX_MINUTES: u32 = 24 * 60;

/// The key under which time spent on no section (another screen) is kept.
pub const NO_SECTION: &str = "";

/// Milliseconds spent per section id ([`NO_SECTION`]: on no question).
pub type Spent = BTreeMap<String, u64>;

/// The sitting under way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sitting {
    pub started: Timestamp,
    /// The last moment observed.
    last: Timestamp,
    /// The last key pressed (or the start): time counts up to [`IDLE_LIMIT_SECS`] after it.
    active: Timestamp,
    /// The section on screen since `last` (`None`: no question on screen).
    on: Option<String>,
    spent: Spent,
}

impl Sitting {
    pub fn start(at: Timestamp, on: Option<&str>) -> Sitting {
        Sitting {
            started: at,
            last: at,
            active: at,
            on: on.map(str::to_string),
            spent: Spent::new(),
        }
    }

    /// Counts the time since the last observation toward the section that was on screen, up
    /// to [`IDLE_LIMIT_SECS`] after the last key (a clock set back counts nothing), then notes
    /// `on`, the section on screen from `now`; `key`: a key was pressed at `now`.
    pub fn observe(&mut self, now: Timestamp, on: Option<&str>, key: bool) {
        let limit = self.active.as_millisecond() + IDLE_LIMIT_SECS as i64 * 1000;
        let until = now.as_millisecond().min(limit);
        let counted = u64::try_from(until - self.last.as_millisecond()).unwrap_or(0);
        if counted > 0 {
            let section = self.on.as_deref().unwrap_or(NO_SECTION).to_string();
            *self.spent.entry(section).or_default() += counted;
        }
        self.last = self.last.max(now);
        if key {
            self.active = self.active.max(now);
        }
        if self.on.as_deref() != on {
            self.on = on.map(str::to_string);
        }
    }

    /// The last moment observed: the sitting's end, as far as it is known.
    pub fn last(&self) -> Timestamp {
        self.last
    }

    /// Milliseconds per section so far in this sitting.
    pub fn spent(&self) -> &Spent {
        &self.spent
    }

    /// Milliseconds counted in this sitting, on any screen.
    pub fn total(&self) -> u64 {
        self.spent.values().sum()
    }

    /// Milliseconds spent on `section` in this sitting.
    pub fn in_section(&self, section: &str) -> u64 {
        self.spent.get(section).copied().unwrap_or(0)
    }
}

/// A sitting as stored: when it started and ended, and the time spent per section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSitting {
    pub started: Timestamp,
    pub ended: Timestamp,
    pub spent: Spent,
}

/// The time of every stored sitting but `except` (the one under way), added per section.
pub fn earlier(sittings: &[StoredSitting], except: Option<Timestamp>) -> Spent {
    let mut out = Spent::new();
    for s in sittings.iter().filter(|s| Some(s.started) != except) {
        for (section, ms) in &s.spent {
            *out.entry(section.clone()).or_default() += ms;
        }
    }
    out
}

/// The last sitting that ended before `before` (the one under way started), if any.
pub fn previous(sittings: &[StoredSitting], before: Timestamp) -> Option<&StoredSitting> {
    sittings
        .iter()
        .filter(|s| s.started < before)
        .max_by_key(|s| s.started)
}

/// One line of the agenda: a section, its timebox and the time spent on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaRow {
    pub section: String,
    pub title: String,
    pub kind: SectionKind,
    /// Minutes planned, if a timebox is set.
    pub planned: Option<u32>,
    /// Milliseconds spent in earlier sittings.
    pub before: u64,
    /// Milliseconds spent in the sitting under way.
    pub now: u64,
}

impl AgendaRow {
    /// Milliseconds spent over all sittings.
    pub fn actual(&self) -> u64 {
        self.before + self.now
    }

    /// Milliseconds left of the timebox (negative: over), if one is set.
    pub fn left(&self) -> Option<i64> {
        self.planned
            .map(|m| i64::from(m) * 60_000 - self.actual() as i64)
    }

    pub fn is_over(&self) -> bool {
        self.left().is_some_and(|l| l < 0)
    }
}

/// The agenda: every section of the questionnaire in order, with its timebox (sections
/// `timeboxes` does not name have none) and its time, earlier and now.
pub fn agenda(
    q: &Questionnaire,
    timeboxes: &BTreeMap<String, u32>,
    earlier: &Spent,
    now: &Spent,
) -> Vec<AgendaRow> {
    let ms = |spent: &Spent, id: &str| spent.get(id).copied().unwrap_or(0);
    q.sections
        .iter()
        .map(|s| AgendaRow {
            section: s.id.clone(),
            title: s.title.clone(),
            kind: s.kind,
            planned: timeboxes.get(&s.id).copied(),
            before: ms(earlier, &s.id),
            now: ms(now, &s.id),
        })
        .collect()
}

/// Minutes planned over all sections with a timebox.
pub fn planned_total(rows: &[AgendaRow]) -> u32 {
    rows.iter().filter_map(|r| r.planned).sum()
}

/// A duration as hours and minutes, `1:05` (whole minutes, rounded down).
pub fn hm(ms: u64) -> String {
    let minutes = ms / 60_000;
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// Time left, which may be negative (`-0:12` over): a part of a minute left counts as a
/// minute, so a timebox just started shows all of it.
pub fn hm_signed(ms: i64) -> String {
    if ms < 0 {
        format!("-{}", hm(ms.unsigned_abs()))
    } else {
        hm((ms as u64).div_ceil(60_000) * 60_000)
    }
}

/// Reads a timebox: minutes (`20`, `20m`), hours and minutes (`1h30`, `1h`, `1:30`), or
/// `off` / `0` for none. The error says what is accepted.
pub fn parse_timebox(s: &str) -> Result<Option<u32>, String> {
    read_timebox(s).map_err(|e| match e {
        TimeboxError::Unreadable => format!(
            "\"{}\" is not a timebox: give minutes (20), hours and minutes (1h30 or 1:30), or off",
            s.trim()
        ),
        TimeboxError::TooLong => format!(
            "\"{}\" is longer than a day; a section's timebox is at most 24h",
            s.trim()
        ),
    })
}

/// [`parse_timebox`], the error in `lang`.
pub fn parse_timebox_in(lang: crate::i18n::Lang, s: &str) -> Result<Option<u32>, String> {
    read_timebox(s).map_err(|e| match e {
        TimeboxError::Unreadable => crate::t!(lang, "tui-timebox-unreadable", typed = s.trim()),
        TimeboxError::TooLong => crate::t!(lang, "tui-timebox-too-long", typed = s.trim()),
    })
}

/// Why a typed timebox does not read.
enum TimeboxError {
    Unreadable,
    TooLong,
}

fn read_timebox(s: &str) -> Result<Option<u32>, TimeboxError> {
    let t = s.trim().to_ascii_lowercase();
    let bad = || TimeboxError::Unreadable;
    if t == "off" || t == "none" || t == "-" {
        return Ok(None);
    }
    let number = |p: &str| -> Result<u32, TimeboxError> {
        if p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()) || p.len() > 5 {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let minutes = if let Some((h, m)) = t.split_once('h').or_else(|| t.split_once(':')) {
        let m = m.strip_suffix('m').unwrap_or(m);
        let m = if m.is_empty() { 0 } else { number(m)? };
        if m >= 60 {
            return Err(bad());
        }
        number(h)? * 60 + m
    } else {
        number(
            t.strip_suffix("min")
                .or_else(|| t.strip_suffix('m'))
                .unwrap_or(&t),
        )?
    };
    if minutes == 0 {
        return Ok(None);
    }
    if minutes > MAX_TIMEBOX_MINUTES {
        return Err(TimeboxError::TooLong);
    }
    Ok(Some(minutes))
}

/// A section id as given on the command line or in a box (`6`, `A.6`, `a6`), as the
/// questionnaire spells it; the error lists the sections.
pub fn find_section(q: &Questionnaire, given: &str) -> Result<String, String> {
    find_section_in(crate::i18n::Lang::En, q, given)
}

/// [`find_section`], the refusal in `lang`.
pub fn find_section_in(
    lang: crate::i18n::Lang,
    q: &Questionnaire,
    given: &str,
) -> Result<String, String> {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let want = squash(given);
    q.sections
        .iter()
        .find(|s| s.id == given.trim() || squash(&s.id) == want)
        .map(|s| s.id.clone())
        .ok_or_else(|| {
            let ids: Vec<&str> = q.sections.iter().map(|s| s.id.as_str()).collect();
            crate::t!(
                lang,
                "cli-timebox-no-section",
                typed = given.trim(),
                sections = &ids.join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(min: i64, sec: i64) -> Timestamp {
        Timestamp::from_second(1_780_000_000 + min * 60 + sec).unwrap()
    }

    #[test]
    fn time_counts_toward_the_section_on_screen_and_long_pauses_are_capped() {
        let mut s = Sitting::start(at(0, 0), Some("6"));
        s.observe(at(3, 0), Some("6"), true);
        // Four minutes on 6, then moved to 7.
        s.observe(at(4, 0), Some("7"), true);
        assert_eq!(s.in_section("6"), 4 * 60_000);
        // An hour on 7 with no key, looked at now and then: the idle limit only.
        s.observe(at(5, 0), Some("7"), false);
        s.observe(at(30, 0), Some("7"), false);
        s.observe(at(64, 0), None, true);
        assert_eq!(s.in_section("7"), IDLE_LIMIT_SECS * 1000);
        // On another screen: the sitting's, no section's.
        s.observe(at(66, 0), Some("7"), true);
        assert_eq!(s.in_section(NO_SECTION), 2 * 60_000);
        assert_eq!(s.total(), (4 + 5 + 2) * 60_000);
        // A clock set back counts nothing, and the time goes on from the later moment.
        s.observe(at(60, 0), Some("7"), true);
        s.observe(at(67, 0), Some("7"), true);
        assert_eq!(s.in_section("7"), (5 + 1) * 60_000);
    }

    #[test]
    fn earlier_sittings_add_up_and_the_agenda_says_what_is_over() {
        let q = crate::questionnaire::catalog::built_in("iso42001").unwrap();
        let stored = |start: i64, spent: &[(&str, u64)]| StoredSitting {
            started: at(start, 0),
            ended: at(start + 30, 0),
            spent: spent.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        };
        let sittings = [
            stored(0, &[("6", 10 * 60_000), ("", 60_000)]),
            stored(100, &[("6", 15 * 60_000), ("A.2", 60_000)]),
            stored(200, &[("6", 99 * 60_000)]),
        ];
        let before = earlier(&sittings, Some(at(200, 0)));
        assert_eq!(before["6"], 25 * 60_000);
        assert_eq!(previous(&sittings, at(200, 0)).unwrap().started, at(100, 0));
        assert!(previous(&sittings, at(0, 0)).is_none());
        let boxes = BTreeMap::from([("6".to_string(), 20), ("7".to_string(), 30)]);
        let now = Spent::from([("6".to_string(), 60_000)]);
        let rows = agenda(q, &boxes, &before, &now);
        assert_eq!(rows.len(), q.sections.len());
        let six = rows.iter().find(|r| r.section == "6").unwrap();
        assert_eq!(six.actual(), 26 * 60_000);
        assert!(six.is_over());
        assert_eq!(hm_signed(six.left().unwrap()), "-0:06");
        let seven = rows.iter().find(|r| r.section == "7").unwrap();
        assert!(!seven.is_over());
        assert_eq!(planned_total(&rows), 50);
        assert!(rows.iter().any(|r| r.kind == SectionKind::Annex));
    }

    #[test]
    fn timeboxes_and_sections_read_as_people_type_them() {
        assert_eq!(parse_timebox("20"), Ok(Some(20)));
        assert_eq!(parse_timebox(" 45m "), Ok(Some(45)));
        assert_eq!(parse_timebox("1h30"), Ok(Some(90)));
        assert_eq!(parse_timebox("1H"), Ok(Some(60)));
        assert_eq!(parse_timebox("2:05"), Ok(Some(125)));
        assert_eq!(parse_timebox("off"), Ok(None));
        assert_eq!(parse_timebox("0"), Ok(None));
        for bad in ["", "abc", "1h75", "-5", "1.5h", "99999999999"] {
            let e = parse_timebox(bad).unwrap_err();
            assert!(e.contains("is not a timebox"), "{bad}: {e}");
        }
        assert!(
            parse_timebox("25h")
                .unwrap_err()
                .contains("longer than a day")
        );
        assert_eq!(hm(0), "0:00");
        assert_eq!(hm(65 * 60_000 + 59_999), "1:05");
        assert_eq!(hm_signed(15 * 60_000 - 12_000), "0:15");
        assert_eq!(hm_signed(-(6 * 60_000 + 30_000)), "-0:06");
        let q = crate::questionnaire::catalog::built_in("iso42001").unwrap();
        assert_eq!(find_section(q, "6").unwrap(), "6");
        let annex = q
            .sections
            .iter()
            .find(|s| s.kind == SectionKind::Annex)
            .unwrap();
        let squashed: String = annex.id.chars().filter(|c| *c != '.').collect();
        assert_eq!(find_section(q, &squashed.to_lowercase()).unwrap(), annex.id);
        let e = find_section(q, "99").unwrap_err();
        assert!(
            e.contains("\"99\" is not a section") && e.contains(", 10"),
            "{e}"
        );
    }

    #[test]
    fn refused_timeboxes_and_sections_are_said_in_the_language() {
        use crate::i18n::Lang;
        let q = crate::questionnaire::catalog::built_in("iso42001").unwrap();
        let en = find_section_in(Lang::En, q, "99").unwrap_err();
        assert_eq!(en, find_section(q, "99").unwrap_err());
        assert!(
            en.starts_with("\"99\" is not a section of this questionnaire; its sections are "),
            "{en}"
        );
        let de = find_section_in(Lang::De, q, "99").unwrap_err();
        assert!(de.contains("kein Abschnitt dieses Fragebogens"), "{de}");
        let ids: Vec<&str> = q.sections.iter().map(|s| s.id.as_str()).collect();
        let mut data = ids.clone();
        data.push("99");
        let pseudo = find_section_in(Lang::Pseudo, q, "99").unwrap_err();
        assert!(
            crate::i18n::escaped_words(&pseudo, &data).is_empty(),
            "{pseudo}"
        );
        for (typed, english) in [
            (
                "soon",
                "\"soon\" is not a timebox: give minutes (20), hours and minutes (1h30 or 1:30), or off",
            ),
            (
                "25h",
                "\"25h\" is longer than a day; a section's timebox is at most 24h",
            ),
        ] {
            assert_eq!(parse_timebox(typed).unwrap_err(), english);
            assert_eq!(parse_timebox_in(Lang::En, typed).unwrap_err(), english);
            let de = parse_timebox_in(Lang::De, typed).unwrap_err();
            assert!(!de.contains(" is ") && !de.contains(" give "), "{de}");
            let pseudo = parse_timebox_in(Lang::Pseudo, typed).unwrap_err();
            let data = [typed, "20", "1h30", "1:30", "off", "24h"];
            assert!(
                crate::i18n::escaped_words(&pseudo, &data).is_empty(),
                "{pseudo}"
            );
        }
    }
}
