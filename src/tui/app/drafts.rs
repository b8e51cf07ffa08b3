//! Text typed and not yet saved: kept as a draft once typing pauses, never lost to another
//! program's lock or a deleted assessment; and the changes other programs make to the file,
//! read and shown.

use super::*;
use crate::t;

impl App {
    /// Keeps the text typed in the open box as a draft now (waiting for a lock as usual):
    /// before the program ends. When another program holds the lock all that while, the
    /// text goes to a file beside the database instead, and [`App::parting`] says where.
    pub fn keep_typed_text(&mut self) {
        self.keep_draft(Duration::MAX);
        if self.pending.take().is_none() {
            return;
        }
        let Some((id, question, field, text)) = self.typed_in_box() else {
            return;
        };
        let lang = self.lang;
        self.parting = Some(match self.rescue(id, &question, field, &text) {
            Ok(path) => t!(
                lang,
                "tui-drafts-kept-in-file",
                field = field,
                question = &question,
                path = &path.display().to_string()
            ),
            Err(e) => t!(
                lang,
                "tui-drafts-not-kept-in-file",
                field = field,
                question = &question,
                reason = &format!("{e:#}")
            ),
        });
    }

    /// A line to print once the screen is given back: where text that could not be saved
    /// was kept.
    pub fn parting(&self) -> Option<&str> {
        self.parting.as_deref()
    }

    /// The open box's assessment, question, field and text, when it edits an answer (or the
    /// narrative) and holds some text.
    pub(super) fn typed_in_box(&self) -> Option<(i64, String, &'static str, String)> {
        let open = self.open.as_ref()?;
        let (question, b) = open_box(open)?;
        let field = b.field.draft_name()?;
        let text = b.text();
        (!text.trim().is_empty()).then_some((open.session.assessment.id, question, field, text))
    }

    /// Notes which box is open and what its field held when it opened.
    pub(super) fn follow_editor(&mut self) {
        let editing = self.open.as_ref().and_then(|o| {
            let (question, b) = open_box(o)?;
            b.field.draft_name()?;
            Some((question, b.field))
        });
        match editing {
            None => self.base = None,
            Some((q, f)) => {
                if !matches!(&self.base, Some((bq, bf, _)) if *bq == q && *bf == f) {
                    let open = self.open.as_ref().expect("checked");
                    let text = stored_text(&open.session, &q, f);
                    self.base = Some((q, f, text));
                }
            }
        }
    }

    /// Writes the text of the open box as its draft, waiting at most `wait` for another
    /// program's lock. When the file is locked, the text stays in the box and is tried again.
    pub(super) fn keep_draft(&mut self, wait: Duration) {
        let Some(mut pending) = self.pending.take() else {
            return;
        };
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let text = match open_box(open) {
            Some((question, b))
                if open.session.assessment.id == pending.assessment
                    && b.field.draft_name() == Some(pending.field)
                    && question == pending.question =>
            {
                b.text()
            }
            // The box was closed: saved or cancelled, nothing left to keep.
            _ => return,
        };
        let written = self.store.waiting_at_most(wait, |store| {
            store.save_draft(pending.assessment, &pending.question, pending.field, &text)
        });
        match written {
            Ok(()) => {
                if pending.locked.is_some() {
                    self.say(Message::ok(t!(self.lang, "tui-drafts-free-again")));
                }
            }
            Err(StoreError::Locked { .. }) => {
                pending.locked = Some(Instant::now());
                self.pending = Some(pending);
                self.say(Message::error(t!(self.lang, "tui-drafts-locked")));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(t!(
                self.lang,
                "tui-drafts-not-kept",
                reason = &e.message_in(self.lang)
            ))),
        }
    }

    /// Reads the screens again when another program changed the file since they were read.
    pub(super) fn notice_changes(&mut self) -> bool {
        let Ok(version) = self.store.data_version() else {
            return false;
        };
        if self.seen == Some(version) {
            return false;
        }
        self.seen = Some(version);
        self.reload();
        true
    }

    /// Reads the open assessment (or the list) again from the file, keeping the screen's
    /// place, the open box and its text.
    pub fn reload(&mut self) {
        if let Some(open) = self.open.as_mut() {
            let id = open.session.assessment.id;
            let read = || -> Result<_, StoreError> {
                Ok((
                    self.store.assessment(id)?,
                    self.store.answers(id)?,
                    self.store.inclusions(id)?,
                    self.store.engagement(id)?,
                    self.store.conflicts(id)?,
                ))
            };
            match read() {
                Ok((assessment, answers, inclusions, engagement, conflicts)) => {
                    open.session.assessment = assessment;
                    open.session.answers = answers;
                    open.session.inclusions = inclusions;
                    open.session.engagement = engagement;
                    open.session.set_conflicts(conflicts);
                    self.tell(View::Record, Reply::RecordChanged);
                    self.tell(View::Conflicts, Reply::ConflictsChanged);
                    self.tell(View::Points, Reply::RecordChanged);
                    if let (Some(open), Ok(t)) = (self.open.as_mut(), self.store.timeboxes(id)) {
                        open.timing.timeboxes = t;
                    }
                    if self.view == View::Roadmap {
                        self.show_roadmap();
                    }
                    if self.view == View::Check {
                        self.show_check();
                    }
                    if self.view == View::Suggestions {
                        self.show_suggestions();
                    }
                    if self.message.as_ref().is_none_or(|m| m.kind != Kind::Error) {
                        self.say(Message::info(t!(self.lang, "tui-drafts-showing-changes")));
                    }
                }
                Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
                Err(e) => self.say(Message::error(t!(
                    self.lang,
                    "tui-drafts-cannot-read-changes",
                    reason = &e.message_in(self.lang)
                ))),
            }
        }
        if self.view == View::Home {
            self.refresh_home();
        }
    }

    /// The open assessment was deleted by another program. Text typed in a box is kept in a
    /// file next to the database (and stays in the box); with none, the screen goes home.
    pub(super) fn assessment_gone(&mut self) {
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let id = open.session.assessment.id;
        self.pending = None;
        let Some((_, question, field, text)) = self.typed_in_box() else {
            self.open = None;
            self.view = View::Home;
            self.refresh_home();
            self.say(Message::error(t!(
                self.lang,
                "tui-drafts-assessment-gone",
                id = &id.to_string()
            )));
            return;
        };
        let lang = self.lang;
        let message = match self.rescue(id, &question, field, &text) {
            Ok(path) => t!(
                lang,
                "tui-drafts-gone-kept",
                id = &id.to_string(),
                field = field,
                question = &question,
                path = &path.display().to_string()
            ),
            Err(e) => t!(
                lang,
                "tui-drafts-gone-not-kept",
                id = &id.to_string(),
                field = field,
                question = &question,
                reason = &format!("{e:#}")
            ),
        };
        self.say(Message::error(message));
    }

    /// Writes text typed for a deleted assessment to a file of its own beside the database,
    /// readable by its owner only; the same question and field go on replacing one file.
    pub(super) fn rescue(
        &mut self,
        id: i64,
        question: &str,
        field: &'static str,
        text: &str,
    ) -> anyhow::Result<PathBuf> {
        let path = match &self.rescued {
            Some((q, f, path)) if q == question && *f == field => path.clone(),
            _ => {
                let dir = match Path::new(self.store.label()).parent() {
                    Some(d) if !d.as_os_str().is_empty() && d.is_dir() => d.to_path_buf(),
                    Some(d) if d.as_os_str().is_empty() => PathBuf::from("."),
                    _ => std::env::temp_dir(),
                };
                let safe: String = question
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect();
                let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S");
                dir.join(format!("aimsgap-unsaved-{id}-{safe}-{field}-{stamp}.txt"))
            }
        };
        let mut body = text.to_string();
        if !body.ends_with('\n') {
            body.push('\n');
        }
        write_output_now(&path, body.as_bytes(), &self.protected())?;
        self.rescued = Some((question.to_string(), field, path.clone()));
        Ok(path)
    }
}

/// The screen's open text box, and the question it edits ([`WHOLE_ASSESSMENT`] for the
/// narrative).
pub(super) fn open_box(open: &Open) -> Option<(String, &TextBox)> {
    if let Some(b) = &open.workshop.editing {
        return Some((open.workshop.question_id(&open.session), b));
    }
    let b = open.dashboard.editing.as_ref()?;
    Some((WHOLE_ASSESSMENT.to_string(), b))
}

/// What a field of a question (or the narrative) holds in the store, as last read.
pub(super) fn stored_text(session: &Session, question: &str, field: Field) -> String {
    match field {
        Field::Narrative => session.engagement.narrative.clone(),
        _ => field_text(&session.answer(question), field),
    }
}

/// Sets the field a box edits from another answer.
pub(super) fn copy_field(to: &mut Answer, from: &Answer, field: Field) {
    match field {
        Field::Notes => to.notes.clone_from(&from.notes),
        Field::Finding => to.finding.clone_from(&from.finding),
        Field::Recommendation => to.recommendation.clone_from(&from.recommendation),
        Field::Response => to.management_response.clone_from(&from.management_response),
        Field::Evidence => to.evidence.clone_from(&from.evidence),
        Field::Owner => to.owner.clone_from(&from.owner),
        Field::Due => to.due = from.due,
        Field::Justification => to.response = from.response.clone(),
        Field::Narrative
        | Field::Jump
        | Field::Search
        | Field::Park
        | Field::Timebox
        | Field::Since
        | Field::Owners
        | Field::Value => {}
    }
}
