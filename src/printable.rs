//! Stored text made safe to show on a terminal.
//!
//! Organisation names, notes, owners and questionnaire text come from users, backups and
//! files: an escape sequence among them (a clipboard write, a link, a screen clear) or a
//! bidirectional override (which makes text read differently from what it holds) must never
//! reach the terminal as such. Every human-readable line the command line prints, and every
//! cell the screens draw, goes through this one definition. JSON output stays exact JSON.

use std::borrow::Cow;

/// What a neutralised character is shown as.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A character a terminal would act on rather than show: C0 and C1 controls and DEL, and the
/// bidirectional controls. Newline and tab are layout and stay.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

/// `text` with every unsafe character replaced by [`REPLACEMENT`], one for one, so that
/// widths computed on the text before still hold.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if is_unsafe(c) { REPLACEMENT } else { c })
            .collect(),
    )
}

/// [`printable`] for a value shown on one line (a table cell): newlines and tabs become
/// spaces as well.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) || c == '\n' || c == '\t') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\n' | '\t' => ' ',
                c if is_unsafe(c) => REPLACEMENT,
                c => c,
            })
            .collect(),
    )
}

/// Text cut to `width` characters, the last one an ellipsis when anything was cut: the one
/// rule for fitting a value into a column or a line, on the screens and the command line.
pub fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_controls_are_replaced_layout_stays() {
        let hostile = "a\x1b]52;c;ZXZpbA==\x07b\x1b[2Jc\u{9b}d\u{202E}e\u{2066}f\r\x7f\tg\nh";
        assert_eq!(printable(hostile), "a�]52;c;ZXZpbA==�b�[2Jc�d�e�f��\tg\nh");
        assert_eq!(one_line("a\nb\tc\x1b"), "a b c�");
        for c in ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'] {
            assert!(is_unsafe(c));
        }
        for c in [
            '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{0}', '\u{9f}',
        ] {
            assert!(is_unsafe(c));
        }
        // Ordinary text, accents, right-to-left letters and emoji are untouched, unallocated.
        let fine = "Société Générale — عربى · 日本 · ✓\ttab\nline";
        assert!(matches!(printable(fine), Cow::Borrowed(_)));
        assert!(!is_unsafe('\u{200F}'));
    }
}
