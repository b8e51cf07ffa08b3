//! The pseudo-locale: English text with every ASCII letter accented, each message wrapped in
//! markers. A test that renders a screen or a report in it finds any word outside the markers
//! — text that did not come from the catalogue.

use std::borrow::Cow;

/// Opens every message in the pseudo-locale.
pub const PSEUDO_OPEN: &str = "⟦";
/// Closes every message in the pseudo-locale.
pub const PSEUDO_CLOSE: &str = "⟧";

/// Fluent's transform for the text of messages (arguments are left alone).
pub fn transform(text: &str) -> Cow<'_, str> {
    Cow::Owned(pseudo_text(text))
}

/// `text` with each ASCII letter replaced by an accented one of the same shape:
/// "Statement" → "Śţáţéɱéñţ".
pub fn pseudo_text(text: &str) -> String {
    text.chars().map(accent).collect()
}

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'ď',
        'e' => 'é',
        'f' => 'ƒ',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'í',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ĺ',
        'm' => 'ɱ',
        'n' => 'ñ',
        'o' => 'ó',
        'p' => 'þ',
        'q' => 'ǫ',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ţ',
        'u' => 'ú',
        'v' => 'ṽ',
        'w' => 'ŵ',
        'x' => 'ẋ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Á',
        'B' => 'Ɓ',
        'C' => 'Ç',
        'D' => 'Ď',
        'E' => 'É',
        'F' => 'Ƒ',
        'G' => 'Ĝ',
        'H' => 'Ĥ',
        'I' => 'Í',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ĺ',
        'M' => 'Ṁ',
        'N' => 'Ñ',
        'O' => 'Ó',
        'P' => 'Ṕ',
        'Q' => 'Ǫ',
        'R' => 'Ŕ',
        'S' => 'Š',
        'T' => 'Ţ',
        'U' => 'Ú',
        'V' => 'Ṽ',
        'W' => 'Ŵ',
        'X' => 'Ẋ',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    }
}

/// Where `text` (a rendered screen, a report) shows a word that is not inside the
/// pseudo-locale's markers: each such word, with what precedes it, for the test's message.
/// `data` lists the words the fixture itself put there (names, references), which are
/// allowed anywhere. A word is a run of two or more ASCII letters.
pub fn escaped_words<'t>(text: &'t str, data: &[&str]) -> Vec<&'t str> {
    let mut escaped = vec![];
    let mut depth = 0usize;
    let mut start: Option<usize> = None;
    let flush = |from: usize, to: usize, escaped: &mut Vec<&'t str>| {
        let word = &text[from..to];
        if word.len() >= 2
            && !data.iter().any(|d| {
                d.split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| w == word)
            })
        {
            escaped.push(word);
        }
    };
    for (i, c) in text.char_indices() {
        let letter = c.is_ascii_alphabetic();
        if let Some(s) = start
            && !letter
        {
            if depth == 0 {
                flush(s, i, &mut escaped);
            }
            start = None;
        }
        if letter && start.is_none() {
            start = Some(i);
        }
        if PSEUDO_OPEN.starts_with(c) {
            depth += 1;
        } else if PSEUDO_CLOSE.starts_with(c) {
            depth = depth.saturating_sub(1);
        }
    }
    if let Some(s) = start
        && depth == 0
    {
        flush(s, text.len(), &mut escaped);
    }
    escaped
}
