//! A text box: one line (owner, due date, justification, go-to, search) or several (finding,
//! recommendation, management response, notes, evidence references, the executive summary
//! narrative). Wraps ratatui-textarea; the keys that save and cancel come from the
//! keymap's [editor] table, every other key is text.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};
use ratatui_textarea::{TextArea, WrapMode};

use super::keymap::{Action, Context, Keymap};
use super::modal::YesNo;
use super::theme::Theme;
use crate::assessment::MAX_TEXT_CHARS;
use crate::i18n::Lang;
use crate::t;

/// What the box edits. The persistent ones are saved as drafts while typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Finding,
    /// The assessor's own recommendation, replacing the catalogue's.
    Recommendation,
    /// The client's management response to the gap.
    Response,
    Notes,
    Evidence,
    Owner,
    Due,
    Justification,
    /// The assessor's narrative for the executive summary: of the assessment, not of a
    /// question (its drafts are kept under [`WHOLE_ASSESSMENT`]).
    Narrative,
    Jump,
    Search,
    /// The text of the current question's open point (the parking lot).
    Park,
    /// A section's timebox, on the agenda.
    Timebox,
    /// From when the changes screen lists changes.
    Since,
    /// One owner for every gap listed: of the current question's section, or of the
    /// filtered list.
    Owners,
    /// A value of one's own for a merge conflict on a field that is not text (the level,
    /// the basis, who said it): typed as `aimsgap resolve --value` takes it.
    Value,
}

/// The question id that drafts of a text belonging to the whole assessment (the narrative)
/// are kept under: no question has it.
pub const WHOLE_ASSESSMENT: &str = "";

impl Field {
    pub fn multiline(self) -> bool {
        matches!(
            self,
            Field::Finding
                | Field::Recommendation
                | Field::Response
                | Field::Notes
                | Field::Evidence
                | Field::Narrative
        )
    }

    /// The name a draft is stored under; `None` for boxes that edit no answer.
    pub fn draft_name(self) -> Option<&'static str> {
        match self {
            Field::Finding => Some("finding"),
            Field::Recommendation => Some("recommendation"),
            Field::Response => Some("management_response"),
            Field::Notes => Some("notes"),
            Field::Evidence => Some("evidence"),
            Field::Owner => Some("owner"),
            Field::Due => Some("due"),
            Field::Justification => Some("justification"),
            Field::Narrative => Some("narrative"),
            Field::Jump
            | Field::Search
            | Field::Park
            | Field::Timebox
            | Field::Since
            | Field::Owners
            | Field::Value => None,
        }
    }

    pub fn from_draft_name(name: &str) -> Option<Field> {
        [
            Field::Finding,
            Field::Recommendation,
            Field::Response,
            Field::Notes,
            Field::Evidence,
            Field::Owner,
            Field::Due,
            Field::Justification,
            Field::Narrative,
        ]
        .into_iter()
        .find(|f| f.draft_name() == Some(name))
    }

    /// What the field holds, in a word or two, for messages ("Unsaved notes of 4.1-a").
    pub fn noun(self, lang: Lang) -> String {
        lang.t(match self {
            Field::Finding => "tui-field-noun-finding",
            Field::Recommendation => "tui-field-noun-recommendation",
            Field::Response => "tui-field-noun-response",
            Field::Notes => "tui-field-noun-notes",
            Field::Evidence => "tui-field-noun-evidence",
            Field::Owner => "tui-field-noun-owner",
            Field::Due => "tui-field-noun-due",
            Field::Justification => "tui-field-noun-justification",
            Field::Narrative => "tui-field-noun-narrative",
            Field::Jump => "tui-field-noun-jump",
            Field::Search => "tui-field-noun-search",
            Field::Park => "tui-field-noun-park",
            Field::Timebox => "tui-field-noun-timebox",
            Field::Since => "tui-field-noun-since",
            Field::Owners => "tui-field-noun-owners",
            Field::Value => "tui-field-noun-value",
        })
    }

    /// The box's title.
    pub fn label(self, lang: Lang) -> String {
        lang.t(match self {
            Field::Finding => "tui-field-finding",
            Field::Recommendation => "tui-field-recommendation",
            Field::Response => "tui-field-response",
            Field::Notes => "tui-field-notes",
            Field::Evidence => "tui-field-evidence",
            Field::Owner => "tui-field-owner",
            Field::Due => "tui-field-due",
            Field::Justification => "tui-field-justification",
            Field::Narrative => "tui-field-narrative",
            Field::Jump => "tui-field-jump",
            Field::Search => "tui-field-search",
            Field::Park => "tui-field-park",
            Field::Timebox => "tui-field-timebox",
            Field::Since => "tui-field-since",
            Field::Owners => "tui-field-owners",
            Field::Value => "tui-field-value",
        })
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Save(String),
    Cancel,
    /// The text changed (a draft should be written).
    Changed,
    Nothing,
}

pub struct TextBox {
    pub field: Field,
    input: TextField,
    /// A one-line explanation shown under the box (e.g. why a date was refused).
    pub message: Option<String>,
    /// The text as saved: leaving with anything else asks first.
    pub saved: String,
    /// Esc was pressed with changes: waiting for a yes (discard) or no (keep typing).
    pub confirm_discard: bool,
    /// The language of its title, hints and messages: the owning screen's (English until
    /// it sets it).
    pub lang: Lang,
}

impl std::fmt::Debug for TextBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextBox")
            .field("field", &self.field)
            .field("text", &self.text())
            .finish()
    }
}

impl TextBox {
    pub fn new(field: Field, initial: &str) -> TextBox {
        TextBox {
            field,
            input: TextField::new(initial, field.multiline()).wrapped(),
            message: None,
            saved: initial.to_string(),
            confirm_discard: false,
            lang: Lang::En,
        }
    }

    /// The box in `lang`: its title, hints and messages (a screen sets it from
    /// `Shared::lang` when it opens the box).
    pub fn in_lang(mut self, lang: Lang) -> TextBox {
        self.lang = lang;
        self
    }

    /// Whether leaving now would lose typed text: a field of an answer, changed.
    pub fn has_changes(&self) -> bool {
        self.field.draft_name().is_some() && self.text() != self.saved
    }

    /// Inserts pasted text at the cursor: newlines kept where the field has lines, spaces
    /// where it has one.
    pub fn paste(&mut self, text: &str) -> Outcome {
        if self.confirm_discard {
            return Outcome::Nothing;
        }
        match self.input.paste(text) {
            Typed::Changed => {
                self.message = None;
                Outcome::Changed
            }
            Typed::Cut => {
                self.message = Some(t!(self.lang, "tui-editor-pasted-to-limit"));
                Outcome::Changed
            }
            Typed::Full => {
                self.message = Some(t!(self.lang, "tui-editor-full"));
                Outcome::Nothing
            }
            Typed::Nothing => Outcome::Nothing,
        }
    }

    pub fn text(&self) -> String {
        self.input.text()
    }

    /// The key table of the box now: its discard question's, or its own.
    pub fn keys(&self) -> Context {
        if self.confirm_discard {
            Context::Confirm
        } else {
            Context::Editor
        }
    }

    /// A key, looked up in the table of [`TextBox::keys`].
    pub fn press(&mut self, key: &KeyEvent, keymap: &Keymap) -> Outcome {
        self.handle(keymap.action(self.keys(), key), key, keymap)
    }

    /// A key, with the action [`TextBox::keys`] binds it to.
    pub fn handle(&mut self, action: Option<Action>, key: &KeyEvent, keymap: &Keymap) -> Outcome {
        if self.confirm_discard {
            match YesNo::answer(action) {
                Some(true) => return Outcome::Cancel,
                Some(false) => {
                    self.confirm_discard = false;
                    self.message = None;
                }
                _ => {}
            }
            return Outcome::Nothing;
        }
        match action {
            Some(Action::Save) => return Outcome::Save(self.text()),
            Some(Action::Cancel) if self.has_changes() => {
                self.confirm_discard = true;
                let lang = self.lang;
                self.message = Some(
                    YesNo::discard(
                        lang,
                        t!(lang, "tui-editor-discard"),
                        t!(lang, "tui-editor-discard-no"),
                    )
                    .line(keymap),
                );
                return Outcome::Nothing;
            }
            Some(Action::Cancel) => return Outcome::Cancel,
            _ => {}
        }
        if key.code == KeyCode::Enter && !self.field.multiline() {
            return Outcome::Save(self.text());
        }
        match self.input.input(key) {
            Typed::Changed | Typed::Cut => {
                self.message = None;
                Outcome::Changed
            }
            Typed::Full => {
                self.message = Some(t!(self.lang, "tui-editor-full"));
                Outcome::Nothing
            }
            Typed::Nothing => Outcome::Nothing,
        }
    }

    /// Rows the box wants: one line, or a few for multi-line text, plus border and message.
    pub fn height(&self, max: u16) -> u16 {
        let body: u16 = match self.field {
            // A page of prose: all the room there is.
            Field::Narrative => max,
            f if f.multiline() => 6,
            _ => 1,
        };
        body.saturating_add(2 + u16::from(self.message.is_some()))
            .min(max)
    }

    /// Draws the box; `masked` shows a placeholder instead of the text (private notes in
    /// presenter mode), with the same keys.
    pub fn render(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        theme: &Theme,
        keymap: &Keymap,
        masked: bool,
    ) {
        let save = keymap
            .key_label(Context::Editor, Action::Save)
            .unwrap_or_default();
        let cancel = keymap
            .key_label(Context::Editor, Action::Cancel)
            .unwrap_or_default();
        let lang = self.lang;
        let hint = if self.field.multiline() {
            t!(lang, "tui-editor-keys", save = &save, cancel = &cancel)
        } else {
            t!(
                lang,
                "tui-editor-keys-enter",
                save = &save,
                cancel = &cancel
            )
        };
        let hint = format!(" {hint} ");
        let block = Block::bordered()
            .title(Line::styled(
                format!(" {} ", self.field.label(lang)),
                theme.heading(),
            ))
            .title_bottom(Line::styled(hint, theme.dim()))
            .border_style(theme.key());
        let inner = block.inner(area);
        block.render(area, buf);
        let (text_area, message_area) = if self.message.is_some() && inner.height > 1 {
            let text = Rect {
                height: inner.height - 1,
                ..inner
            };
            let msg = Rect {
                y: inner.y + inner.height - 1,
                height: 1,
                ..inner
            };
            (text, Some(msg))
        } else {
            (inner, None)
        };
        if masked {
            Line::styled(t!(self.lang, "tui-offer-hidden"), theme.dim()).render(text_area, buf);
        } else {
            self.input.render(
                text_area,
                buf,
                theme.base(),
                Style::new().add_modifier(Modifier::REVERSED),
            );
        }
        if let (Some(msg), Some(rect)) = (&self.message, message_area) {
            Line::styled(msg.as_str(), theme.error()).render(rect, buf);
        }
    }
}

/// What a key or a paste did to a [`TextField`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typed {
    Changed,
    /// Pasted, but only up to the limit.
    Cut,
    /// Refused: the field holds [`MAX_TEXT_CHARS`] already.
    Full,
    Nothing,
}

/// The one text field every text is typed into: the boxes of the workshop and the dashboard,
/// the fields of the forms and the export dialog's file name. One line or several, at most
/// [`MAX_TEXT_CHARS`] characters; it takes keys that are text (and moving in it), never
/// the keys that save, cancel or move between fields, which its owner reads from the keymap.
pub struct TextField {
    area: TextArea<'static>,
    multiline: bool,
    wrap: bool,
}

impl std::fmt::Debug for TextField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.text())
    }
}

impl Clone for TextField {
    fn clone(&self) -> Self {
        let mut copy = TextField::new(&self.text(), self.multiline);
        if self.wrap {
            copy = copy.wrapped();
        }
        let ratatui_textarea::DataCursor(row, col) = self.area.cursor();
        copy.area.move_cursor(ratatui_textarea::CursorMove::Jump(
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(col).unwrap_or(u16::MAX),
        ));
        copy
    }
}

impl PartialEq<&str> for TextField {
    fn eq(&self, other: &&str) -> bool {
        self.text() == *other
    }
}

impl TextField {
    /// A field holding `text`, the cursor at its end; on one line, line breaks become spaces.
    pub fn new(text: &str, multiline: bool) -> TextField {
        let lines: Vec<String> = if multiline {
            text.split('\n').map(str::to_string).collect()
        } else {
            vec![text.replace(['\r', '\n'], " ")]
        };
        let mut field = TextField {
            area: TextArea::new(lines),
            multiline,
            wrap: false,
        };
        field.cursor_to_end();
        field
    }

    /// The same field, its long lines wrapped at word ends when drawn.
    pub fn wrapped(mut self) -> TextField {
        self.wrap = true;
        self.area.set_wrap_mode(WrapMode::WordOrGlyph);
        self
    }

    fn cursor_to_end(&mut self) {
        self.area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        self.area.move_cursor(ratatui_textarea::CursorMove::End);
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Characters in the field, line breaks included.
    fn chars(&self) -> usize {
        let lines = self.area.lines();
        lines.iter().map(|l| l.chars().count()).sum::<usize>() + lines.len() - 1
    }

    /// More than [`MAX_TEXT_CHARS`] characters, line breaks included. Bytes bound the
    /// characters from above, so a short text is never counted.
    fn is_over_the_limit(&self) -> bool {
        let lines = self.area.lines();
        let bytes: usize = lines.iter().map(String::len).sum::<usize>() + lines.len() - 1;
        bytes > MAX_TEXT_CHARS && self.chars() > MAX_TEXT_CHARS
    }

    /// A key that is text, or moves in it. On one line, enter and tab are not text.
    pub fn input(&mut self, key: &KeyEvent) -> Typed {
        if !self.multiline && matches!(key.code, KeyCode::Enter | KeyCode::Tab) {
            return Typed::Nothing;
        }
        let before = self.area.lines().to_vec();
        self.area.input(*key);
        if self.area.lines() == before.as_slice() {
            return Typed::Nothing;
        }
        if self.is_over_the_limit() {
            // Stopped at the limit: the key that went past it is taken back.
            self.area.undo();
            if self.area.lines() != before.as_slice() {
                self.area = TextArea::new(before);
                if self.wrap {
                    self.area.set_wrap_mode(WrapMode::WordOrGlyph);
                }
                self.cursor_to_end();
            }
            return Typed::Full;
        }
        Typed::Changed
    }

    /// Inserts pasted text at the cursor: newlines kept where the field has lines, spaces
    /// where it has one; only what fits under the limit goes in.
    pub fn paste(&mut self, text: &str) -> Typed {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut text = if self.multiline {
            text
        } else {
            text.replace('\n', " ")
        };
        let room = MAX_TEXT_CHARS.saturating_sub(self.chars());
        let cut = text.char_indices().nth(room).map(|(at, _)| at);
        if let Some(at) = cut {
            text.truncate(at);
        }
        if text.is_empty() || !self.area.insert_str(&text) {
            return if cut.is_some() {
                Typed::Full
            } else {
                Typed::Nothing
            };
        }
        if cut.is_some() {
            Typed::Cut
        } else {
            Typed::Changed
        }
    }

    /// Deletes from the cursor back to the start of its line.
    pub fn delete_to_start(&mut self) -> Typed {
        if self.area.delete_line_by_head() {
            Typed::Changed
        } else {
            Typed::Nothing
        }
    }

    /// The field on one line about `room` wide, with `cursor` where the cursor is: the part
    /// with the cursor stays in view, an ellipsis saying where text is cut.
    pub fn shown(&self, room: usize, cursor: &str) -> String {
        let text: Vec<char> = self.text().chars().collect();
        let ratatui_textarea::DataCursor(row, col) = self.area.cursor();
        // The cursor's place in the whole text, lines joined.
        let before: usize = self.area.lines()[..row]
            .iter()
            .map(|l| l.chars().count() + 1)
            .sum();
        let n = text.len();
        let at = (before + col).min(n);
        let (start, end) = if n <= room {
            (0, n)
        } else {
            let keep = room.saturating_sub(1).max(1);
            let start = (at + 1).saturating_sub(keep).min(n - keep);
            (start, start + keep)
        };
        let mut out = String::new();
        if start > 0 {
            out.push('…');
        }
        out.extend(&text[start..at]);
        out.push_str(cursor);
        out.extend(&text[at..end]);
        if end < n {
            out.push('…');
        }
        out
    }

    /// Draws the field in `area`: its text in `style`, the cursor in `cursor`.
    pub fn render(&mut self, area: Rect, buf: &mut Buffer, style: Style, cursor: Style) {
        self.area.set_style(style);
        self.area.set_cursor_line_style(Style::new());
        self.area.set_cursor_style(cursor);
        (&self.area).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEventKind, KeyEventState, KeyModifiers};

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent {
            code,
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    #[test]
    fn single_line_saves_on_enter_and_multi_line_breaks_the_line() {
        let keys = Keymap::default();
        let mut owner = TextBox::new(Field::Owner, "CI");
        assert_eq!(
            owner.press(&key(KeyCode::Char('O')), &keys),
            Outcome::Changed
        );
        assert_eq!(
            owner.press(&key(KeyCode::Enter), &keys),
            Outcome::Save("CIO".into())
        );

        let mut notes = TextBox::new(Field::Notes, "one");
        notes.press(&key(KeyCode::Enter), &keys);
        notes.press(&key(KeyCode::Char('2')), &keys);
        assert_eq!(notes.text(), "one\n2");
        let save = KeyEvent {
            modifiers: KeyModifiers::CONTROL,
            ..key(KeyCode::Char('s'))
        };
        assert_eq!(notes.press(&save, &keys), Outcome::Save("one\n2".into()));
        assert_eq!(notes.press(&key(KeyCode::Left), &keys), Outcome::Nothing);
        // Esc on changed text asks; "y" then discards.
        assert_eq!(notes.press(&key(KeyCode::Esc), &keys), Outcome::Nothing);
        assert!(notes.confirm_discard);
        assert_eq!(
            notes.press(&key(KeyCode::Char('y')), &keys),
            Outcome::Cancel
        );
        // Unchanged text closes at once.
        let mut owner = TextBox::new(Field::Owner, "CIO");
        assert_eq!(owner.press(&key(KeyCode::Esc), &keys), Outcome::Cancel);
    }

    #[test]
    fn a_box_stops_at_100_000_characters() {
        let keys = Keymap::default();
        // One character short of the limit, line breaks counted.
        let start = format!("{}\n{}", "é".repeat(50_000), "a".repeat(49_998));
        let mut notes = TextBox::new(Field::Notes, &start);
        assert_eq!(
            notes.press(&key(KeyCode::Char('b')), &keys),
            Outcome::Changed
        );
        let full = notes.text();
        assert_eq!(full.chars().count(), MAX_TEXT_CHARS);
        for code in [KeyCode::Char('c'), KeyCode::Enter, KeyCode::Tab] {
            assert_eq!(notes.press(&key(code), &keys), Outcome::Nothing);
            assert_eq!(notes.text(), full);
        }
        assert!(notes.message.as_deref().unwrap().contains("100,000"));
        // Deleting makes room again.
        assert_eq!(
            notes.press(&key(KeyCode::Backspace), &keys),
            Outcome::Changed
        );
        assert_eq!(
            notes.press(&key(KeyCode::Char('d')), &keys),
            Outcome::Changed
        );
        assert!(notes.text().ends_with("ad"));
        assert_eq!(notes.message, None);
        // A paste goes in up to the limit, and no further.
        let mut notes = TextBox::new(Field::Notes, &"n".repeat(MAX_TEXT_CHARS - 3));
        assert_eq!(notes.paste("abcdef"), Outcome::Changed);
        assert!(notes.text().ends_with("nnabc"));
        assert_eq!(notes.text().chars().count(), MAX_TEXT_CHARS);
        assert!(notes.message.as_deref().unwrap().contains("100,000"));
        assert_eq!(notes.paste("more"), Outcome::Nothing);
        assert_eq!(notes.text().chars().count(), MAX_TEXT_CHARS);
        let mut owner = TextBox::new(Field::Owner, &"o".repeat(MAX_TEXT_CHARS));
        assert_eq!(
            owner.press(&key(KeyCode::Char('x')), &keys),
            Outcome::Nothing
        );
    }

    #[test]
    fn draft_names_round_trip() {
        for f in [
            Field::Finding,
            Field::Recommendation,
            Field::Response,
            Field::Notes,
            Field::Evidence,
            Field::Owner,
            Field::Due,
            Field::Justification,
            Field::Narrative,
        ] {
            assert_eq!(Field::from_draft_name(f.draft_name().unwrap()), Some(f));
        }
        assert_eq!(Field::Search.draft_name(), None);
    }

    #[test]
    fn one_text_field_moves_inserts_and_shows_where_the_cursor_is() {
        let mut name = TextField::new("Acme\nLtd", false);
        assert_eq!(name, "Acme Ltd");
        // On one line, enter and tab are never text.
        assert_eq!(name.input(&key(KeyCode::Enter)), Typed::Nothing);
        assert_eq!(name.input(&key(KeyCode::Tab)), Typed::Nothing);
        for _ in 0..3 {
            name.input(&key(KeyCode::Left));
        }
        assert_eq!(name.input(&key(KeyCode::Char('X'))), Typed::Changed);
        assert_eq!(name, "Acme XLtd");
        assert_eq!(name.shown(80, "|"), "Acme X|Ltd");
        // Too long for the room: the part with the cursor stays in view, cut ends marked.
        assert_eq!(name.shown(5, "|"), "…e X|L…");
        name.input(&key(KeyCode::End));
        assert_eq!(name.shown(5, "|"), "…XLtd|");
        // Pasted line breaks are spaces on one line, kept on several.
        assert_eq!(name.paste(" a\r\nb"), Typed::Changed);
        assert_eq!(name, "Acme XLtd a b");
        let mut notes = TextField::new("", true);
        notes.paste("a\r\nb");
        assert_eq!(notes.text(), "a\nb");
        // Deleting back to the start of the line.
        assert_eq!(name.delete_to_start(), Typed::Changed);
        assert_eq!(name, "");
        // Full: the limit holds for typing and pasting alike.
        let mut full = TextField::new(&"x".repeat(MAX_TEXT_CHARS), false);
        assert_eq!(full.input(&key(KeyCode::Char('y'))), Typed::Full);
        assert_eq!(full.paste("more"), Typed::Full);
        assert_eq!(full.text().len(), MAX_TEXT_CHARS);
    }
}
