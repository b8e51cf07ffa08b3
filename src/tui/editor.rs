//! A text box: one line (owner, due date, justification, go-to, search) or several (finding,
//! recommendation, management response, notes, evidence references, the executive summary
//! narrative). Wraps ratatui-textarea; the keys that save and cancel come from the
//! keymap's [editor] table, every other key is text.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};
use ratatui_textarea::{TextArea, WrapMode};

use super::keymap::{Action, Context, Keymap};
use super::modal::YesNo;
use super::theme::Theme;
use crate::assessment::MAX_TEXT_CHARS;

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
            | Field::Owners => None,
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
    pub fn noun(self) -> &'static str {
        match self {
            Field::Finding => "finding",
            Field::Recommendation => "recommendation",
            Field::Response => "management response",
            Field::Notes => "notes",
            Field::Evidence => "evidence references",
            Field::Owner => "owner",
            Field::Due => "due date",
            Field::Justification => "justification",
            Field::Narrative => "narrative",
            Field::Jump => "go-to",
            Field::Search => "search",
            Field::Park => "open point",
            Field::Timebox => "timebox",
            Field::Since => "since",
            Field::Owners => "owner",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Field::Finding => "Finding (for the client's report)",
            Field::Recommendation => "Your recommendation (empty: the catalogue's)",
            Field::Response => "Management response (the client's)",
            Field::Notes => "Notes (private: never exported)",
            Field::Evidence => "Evidence references (one per line)",
            Field::Owner => "Owner of the remediation",
            Field::Due => "Due date (YYYY-MM-DD)",
            Field::Justification => "Why is this control not applicable?",
            Field::Narrative => "Your executive summary narrative (empty: the drafted one)",
            Field::Jump => "Go to an id: a624, 612c, 7.5",
            Field::Search => "Search prompts, guidance, evidence, recommendations, findings, notes",
            Field::Park => "Open point to follow up (in the report until resolved)",
            Field::Timebox => "Timebox: 20, 45m, 1h30, off",
            Field::Since => "Changed since: 2026-03-31, 2026-03-31T09:30:00Z, or last",
            Field::Owners => "Owner of every gap listed (one change: u undoes it)",
        }
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
    area: TextArea<'static>,
    /// A one-line explanation shown under the box (e.g. why a date was refused).
    pub message: Option<String>,
    /// The text as saved: leaving with anything else asks first.
    pub saved: String,
    /// Esc was pressed with changes: waiting for a yes (discard) or no (keep typing).
    pub confirm_discard: bool,
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
        let lines: Vec<String> = if field.multiline() {
            initial.split('\n').map(str::to_string).collect()
        } else {
            vec![initial.replace('\n', " ")]
        };
        let mut area = text_area(lines);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        TextBox {
            field,
            area,
            message: None,
            saved: initial.to_string(),
            confirm_discard: false,
        }
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
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut text = if self.field.multiline() {
            text
        } else {
            text.replace('\n', " ")
        };
        // Only what fits under the limit goes in.
        let room = MAX_TEXT_CHARS.saturating_sub(self.chars());
        let cut = text.char_indices().nth(room).map(|(at, _)| at);
        if let Some(at) = cut {
            text.truncate(at);
        }
        if text.is_empty() || !self.area.insert_str(&text) {
            if cut.is_some() {
                self.message = Some(FULL.into());
            }
            return Outcome::Nothing;
        }
        self.message = cut.map(|_| {
            "Pasted up to the limit: one text holds at most 100,000 characters".to_string()
        });
        Outcome::Changed
    }

    /// Characters in the box, line breaks included.
    fn chars(&self) -> usize {
        let lines = self.area.lines();
        lines.iter().map(|l| l.chars().count()).sum::<usize>() + lines.len() - 1
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
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
                self.message = Some(
                    YesNo::discard("Discard what you changed?", "goes back to typing").line(keymap),
                );
                return Outcome::Nothing;
            }
            Some(Action::Cancel) => return Outcome::Cancel,
            _ => {}
        }
        if key.code == KeyCode::Enter && !self.field.multiline() {
            return Outcome::Save(self.text());
        }
        let before = self.area.lines().to_vec();
        self.area.input(*key);
        if self.area.lines() == before.as_slice() {
            return Outcome::Nothing;
        }
        if self.is_over_the_limit() {
            // Stopped at the limit: the key that went past it is taken back.
            self.area.undo();
            if self.area.lines() != before.as_slice() {
                self.area = text_area(before);
                self.area.move_cursor(ratatui_textarea::CursorMove::Bottom);
                self.area.move_cursor(ratatui_textarea::CursorMove::End);
            }
            self.message = Some(FULL.into());
            return Outcome::Nothing;
        }
        self.message = None;
        Outcome::Changed
    }

    /// More than [`MAX_TEXT_CHARS`] characters, line breaks included. Bytes bound the
    /// characters from above, so a short text is never counted.
    fn is_over_the_limit(&self) -> bool {
        let lines = self.area.lines();
        let bytes: usize = lines.iter().map(String::len).sum::<usize>() + lines.len() - 1;
        bytes > MAX_TEXT_CHARS && self.chars() > MAX_TEXT_CHARS
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
        let hint = if self.field.multiline() {
            format!(" {save} save · {cancel} cancel ")
        } else {
            format!(" enter or {save} save · {cancel} cancel ")
        };
        let block = Block::bordered()
            .title(Line::styled(
                format!(" {} ", self.field.label()),
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
            Line::styled(
                "(private: the text is hidden in presenter mode)",
                theme.dim(),
            )
            .render(text_area, buf);
        } else {
            self.area
                .set_cursor_line_style(ratatui::style::Style::new());
            self.area.set_style(theme.base());
            (&self.area).render(text_area, buf);
        }
        if let (Some(msg), Some(rect)) = (&self.message, message_area) {
            Line::styled(msg.as_str(), theme.error()).render(rect, buf);
        }
    }
}

/// Said when a box refuses a key because it is full.
const FULL: &str = "Full: one text holds at most 100,000 characters";

fn text_area(lines: Vec<String>) -> TextArea<'static> {
    let mut area = TextArea::new(lines);
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area
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
}
