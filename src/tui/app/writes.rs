//! The commands that write to the store or build a screen from it: each says what it did,
//! or why not, and tells the screen that asked (see `screen::Reply`).

use super::*;
use crate::t;

impl App {
    /// Reads the history and shows the changes screen.
    pub(super) fn show_changes(&mut self, showing: Showing) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        match self.store.history(open.session.assessment.id, None) {
            Ok(history) => {
                open.changed = Some(Changed::new(showing, history, self.store.author()));
                self.view = View::Changes;
            }
            Err(e) => self.say(Message::error(t!(
                self.lang,
                "tui-history-unreadable",
                reason = &e.message_in(self.lang)
            ))),
        }
    }

    /// Parks the current question with a text (its open point, new or replaced).
    pub(super) fn park(&mut self, question: String, text: String) {
        let Some(id) = self.open.as_ref().map(|o| o.session.assessment.id) else {
            return;
        };
        match self.store.park(id, &question, &text) {
            Ok(()) => {
                self.tell(View::Workshop, Reply::PointParked);
                self.refresh_record();
                let n = self
                    .open
                    .as_ref()
                    .map_or(0, |o| o.session.engagement.open_points().count());
                let list = self
                    .keymap
                    .key_label(Context::Workshop, Action::Points)
                    .map(|k| t!(self.lang, "tui-parked-key", key = &k))
                    .unwrap_or_default();
                self.say(Message::ok(t!(
                    self.lang,
                    "tui-parked",
                    question = &question,
                    count = n,
                    list = &list
                )));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => {
                let text = t!(
                    self.lang,
                    "tui-not-saved",
                    reason = &e.message_in(self.lang)
                );
                self.tell(View::Workshop, Reply::Refused(text.clone()));
                self.say(Message::error(text));
            }
        }
    }

    pub(super) fn resolve_point(&mut self, question: String) {
        let Some(id) = self.open.as_ref().map(|o| o.session.assessment.id) else {
            return;
        };
        match self.store.resolve_point(id, &question) {
            Ok(resolved) => {
                self.refresh_record();
                self.tell(View::Points, Reply::RecordChanged);
                let n = self
                    .open
                    .as_ref()
                    .map_or(0, |o| o.session.engagement.open_points().count());
                self.say(if resolved {
                    Message::ok(t!(
                        self.lang,
                        "tui-point-resolved",
                        question = &question,
                        count = n
                    ))
                } else {
                    Message::info(t!(
                        self.lang,
                        "tui-point-resolved-already",
                        question = &question
                    ))
                });
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(t!(
                self.lang,
                "tui-not-saved",
                reason = &e.message_in(self.lang)
            ))),
        }
    }

    pub(super) fn set_in_place(&mut self, reference: String, in_place: bool) {
        let Some(id) = self.open.as_ref().map(|o| o.session.assessment.id) else {
            return;
        };
        let one = std::collections::BTreeSet::from([reference.clone()]);
        let none = std::collections::BTreeSet::new();
        let (add, remove) = if in_place {
            (&one, &none)
        } else {
            (&none, &one)
        };
        match self.store.set_iso27001_in_place(id, add, remove, false) {
            Ok(_) => {
                self.refresh_record();
                let open = self.open.as_ref().map(|o| {
                    crate::iso27001::suggestions(
                        &o.session.questionnaire,
                        &o.session.engagement.iso27001,
                        &o.session.answers,
                    )
                    .len()
                });
                let id = if in_place {
                    "tui-iso27001-in-place"
                } else {
                    "tui-iso27001-not-in-place"
                };
                self.say(Message::ok(t!(
                    self.lang,
                    id,
                    reference = &reference,
                    count = open.unwrap_or(0)
                )));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(t!(
                self.lang,
                "tui-not-saved",
                reason = &e.message_in(self.lang)
            ))),
        }
    }

    pub(super) fn set_timebox(&mut self, section: String, minutes: Option<u32>) {
        let Some(id) = self.open.as_ref().map(|o| o.session.assessment.id) else {
            return;
        };
        match self.store.set_timebox(id, &section, minutes) {
            Ok(()) => {
                if let Some(open) = self.open.as_mut() {
                    match minutes {
                        Some(m) => open.timing.timeboxes.insert(section.clone(), m),
                        None => open.timing.timeboxes.remove(&section),
                    };
                }
                self.say(Message::ok(match minutes {
                    Some(m) => t!(
                        self.lang,
                        "tui-timebox-set",
                        section = &section,
                        time = &crate::clock::hm(u64::from(m) * 60_000)
                    ),
                    None => t!(self.lang, "tui-timebox-none", section = &section),
                }));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(t!(
                self.lang,
                "tui-not-saved",
                reason = &e.message_in(self.lang)
            ))),
        }
    }

    /// Builds the roadmap from the answers as they are now and shows it, keeping the action
    /// that was selected last time if it is still there.
    pub(super) fn show_roadmap(&mut self) {
        let view = self.view;
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let report = Report::build_in(
            &open.session,
            jiff::Timestamp::now(),
            crate::report::Privacy::ClientDeliverable,
            self.lang,
        );
        let answered = open.session.scorecard().all.answered;
        let previous = open.roadmap.take();
        let keep = previous
            .as_ref()
            .and_then(|r| r.selected_action())
            .map(|a| a.question.clone());
        let from = match (view, &previous) {
            (View::Roadmap, Some(p)) => p.from,
            _ => view,
        };
        open.roadmap = Some(Roadmap::new(
            report.roadmap,
            answered,
            open.session.assessment.target,
            from,
            keep.as_deref(),
        ));
        self.view = View::Roadmap;
    }

    /// Builds the pre-handover check from the answers as they are now and shows it, keeping
    /// the item that was selected last time if it is still there.
    pub(super) fn show_check(&mut self) {
        let view = self.view;
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let previous = open.check.take();
        let keep = previous
            .as_ref()
            .and_then(|c| c.selected_question())
            .map(str::to_string);
        let from = match (view, &previous) {
            (View::Check, Some(p)) => p.from,
            _ => view,
        };
        open.check = Some(crate::tui::check::Check::new(
            &open.session,
            from,
            keep.as_deref(),
            self.lang,
        ));
        self.view = View::Check;
    }

    /// Shows the merge conflicts, keeping the one selected last time if it is still open.
    pub(super) fn show_conflicts(&mut self) {
        let view = self.view;
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let previous = open.conflicts.take();
        let keep = previous
            .as_ref()
            .and_then(|c| c.selected(&open.session))
            .map(|c| (c.question_id.clone(), c.field.clone()));
        let from = match (view, &previous) {
            (View::Conflicts, Some(p)) => p.from,
            _ => view,
        };
        open.conflicts = Some(crate::tui::conflicts::Conflicts::new(
            &open.session,
            from,
            keep.as_ref().map(|(q, f)| (q.as_str(), f.as_str())),
        ));
        self.view = View::Conflicts;
    }

    /// "N merge conflicts to resolve: M shows them", when the open assessment has any.
    pub(super) fn conflicts_notice(&self) -> Option<Message> {
        let n = self.open.as_ref()?.session.conflicts.len();
        if n == 0 {
            return None;
        }
        Some(Message::info(
            match self.keymap.key_label(Context::Workshop, Action::Conflicts) {
                Some(k) => t!(self.lang, "tui-conflicts-notice-key", count = n, key = &k),
                None => t!(self.lang, "tui-conflicts-notice", count = n),
            },
        ))
    }

    /// Resolves a merge conflict through the store, as `aimsgap resolve` does: the answer it
    /// makes is checked against the questionnaire, and the change is in the history.
    pub(super) fn resolve_conflict(
        &mut self,
        question: &str,
        field: &str,
        choice: crate::store::Resolution,
    ) {
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let id = open.session.assessment.id;
        let took = t!(
            self.lang,
            match &choice {
                crate::store::Resolution::Left => "tui-conflict-took-left",
                crate::store::Resolution::Right => "tui-conflict-took-right",
                crate::store::Resolution::Value(_) => "tui-conflict-took-yours",
            }
        );
        let questionnaire = &open.session.questionnaire;
        let lang = self.lang;
        let resolved = self
            .store
            .resolve_conflict(id, question, field, choice, |answer| {
                validate_answer(questionnaire, question, answer).map_err(|e| StoreError::BadValue {
                    field: field.to_string(),
                    why: e.message_in(lang),
                })
            })
            .and_then(|()| Ok((self.store.answers(id)?, self.store.conflicts(id)?)));
        match resolved {
            Ok((answers, conflicts)) => {
                let open = self.open.as_mut().expect("checked");
                open.session.answers = answers;
                open.session.set_conflicts(conflicts);
                let value = serde_json::to_value(open.session.answer(question))
                    .ok()
                    .and_then(|a| a.get(field).cloned())
                    .unwrap_or(serde_json::Value::Null);
                let lang = self.lang;
                let shown = if field == "notes" && self.theme.presenter {
                    t!(lang, "tui-conflict-private")
                } else {
                    crate::merge::show_in(lang, field, &value, &open.session.questionnaire)
                };
                let left = open.session.conflicts.len();
                self.tell(View::Conflicts, Reply::ConflictsChanged);
                self.say(Message::ok(t!(
                    self.lang,
                    "tui-conflict-resolved",
                    question = question,
                    field = &crate::merge::field_label_in(lang, field),
                    took = &took,
                    value = &crate::printable::one_line(&shown).into_owned(),
                    count = left
                )));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => {
                let text = t!(
                    self.lang,
                    "tui-not-saved",
                    reason = &e.message_in(self.lang)
                );
                self.tell(View::Conflicts, Reply::Refused(text.clone()));
                self.say(Message::error(text));
            }
        }
    }

    /// Builds the applicability suggestions from the session as it stands and shows them,
    /// keeping the one selected last time if it is still there (else the one in its place).
    pub(super) fn show_suggestions(&mut self) {
        let view = self.view;
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let previous = open.suggestions.take();
        let keep = previous
            .as_ref()
            .and_then(|s| s.selected_control())
            .map(str::to_string);
        let at = previous.as_ref().map_or(0, |s| s.selected());
        let from = match (view, &previous) {
            (View::Suggestions, Some(p)) => p.from,
            _ => view,
        };
        open.suggestions = Some(crate::tui::suggestions::Suggestions::new(
            &open.session,
            from,
            keep.as_deref(),
            at,
        ));
        self.view = View::Suggestions;
    }

    /// Confirms (`accept`) or rejects a suggestion: confirming writes the control's decision
    /// as `aimsgap control` does, with the author in the history; the verdict is stored
    /// either way. The session is read again and the list built anew.
    pub(super) fn judge_suggestion(&mut self, s: &crate::systems::Suggestion, accept: bool) {
        use crate::systems::Suggestion;
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let id = open.session.assessment.id;
        let control = s.control().to_string();
        let questions: Vec<String> = open
            .session
            .questionnaire
            .requirement(&control)
            .map(|(_, r)| r.questions.iter().map(|q| q.id.clone()).collect())
            .unwrap_or_default();
        let ids: Vec<&str> = questions.iter().map(String::as_str).collect();
        let written = if accept {
            self.store.accept_suggestion(id, &ids, s).map(|_| ())
        } else {
            self.store.reject_suggestion(id, s)
        };
        if let Err(e) = written {
            match e {
                StoreError::NoAssessment(_) => self.assessment_gone(),
                e => self.say(Message::error(t!(
                    self.lang,
                    "tui-not-saved",
                    reason = &e.message_in(self.lang)
                ))),
            }
            return;
        }
        let reread = self.store.answers(id).and_then(|answers| {
            let inclusions = self.store.inclusions(id)?;
            let engagement = self.store.engagement(id)?;
            Ok((answers, inclusions, engagement))
        });
        match reread {
            Ok((answers, inclusions, engagement)) => {
                if let Some(open) = self.open.as_mut() {
                    open.session.answers = answers;
                    open.session.inclusions = inclusions;
                    open.session.engagement = engagement;
                }
                self.base = None;
                self.tell(View::Record, Reply::RecordChanged);
            }
            Err(e) => {
                self.say(Message::error(t!(
                    self.lang,
                    "tui-assessment-unreadable",
                    reason = &e.message_in(self.lang)
                )));
                return;
            }
        }
        self.show_suggestions();
        let n = questions.len();
        let lang = self.lang;
        self.say(Message::ok(match (s, accept) {
            (Suggestion::Exclude { .. }, true) => {
                t!(lang, "tui-excluded", control = &control, count = n)
            }
            (Suggestion::Include { obligation, .. }, true) => t!(
                lang,
                "tui-included",
                control = &control,
                obligation = &fit(obligation, 60)
            ),
            (Suggestion::Exclude { .. }, false) => {
                t!(lang, "tui-rejected-exclusion", control = &control)
            }
            (_, false) => t!(lang, "tui-rejected-inclusion", control = &control),
        }));
    }

    /// Opens the export dialog in the folder of the last export (or the working directory),
    /// on the format of the last export.
    pub(super) fn show_export(&mut self) {
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let setting = |key: &str| self.store.setting(key).ok().flatten();
        let dir = setting(EXPORT_DIR_SETTING)
            .map(PathBuf::from)
            .filter(|d| d.is_dir())
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        let format = setting(EXPORT_FORMAT_SETTING)
            .and_then(|name| Format::ALL.into_iter().find(|f| f.name() == name))
            .unwrap_or(Format::ALL[0]);
        self.export = Some(ExportDialog::new(
            &dir,
            format,
            &open.session.assessment.organisation,
            self.today.date(),
            crate::report::roadmap_problem_in(&open.session, self.lang),
            self.protected(),
        ));
        // An earlier "Exported …" must not sit under a dialog whose export then fails.
        self.message = None;
    }

    /// What an export must never write over: the open database and its journal files.
    pub(super) fn protected(&self) -> Protected {
        self.store
            .path()
            .map_or_else(Protected::nothing, Protected::database)
    }

    /// Builds the report, renders it and writes it; on success closes the dialog and
    /// remembers the folder, on failure keeps the dialog open with the reason.
    pub(super) fn export(&mut self, format: Format, path: &Path) {
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let privacy = self
            .export
            .as_ref()
            .map_or(Privacy::ClientDeliverable, ExportDialog::privacy);
        let report = Report::build_with(&open.session, jiff::Timestamp::now(), privacy);
        let written = format
            .render(&report)
            .and_then(|bytes| write_output_now(&path, &bytes, &self.protected()));
        if let Err(e) = written {
            let text = t!(self.lang, "tui-not-exported", reason = &format!("{e:#}"));
            self.with(Layer::Export, |dialog, cx| {
                dialog.reply(Reply::Refused(text.clone()), cx);
            });
            self.say(Message::error(text));
            return;
        }
        self.export = None;
        let lang = self.lang;
        let mut text = t!(
            lang,
            "tui-exported",
            format = &format.describe_in(lang),
            path = &path.display().to_string()
        );
        if report.private_notes_included {
            text.push_str(&format!(" · {}", t!(lang, "tui-exported-private")));
        }
        if let Some(why) = &report.roadmap.impossible {
            text.push_str(&format!(" · {why}"));
        }
        let warnings = report.warnings.len();
        if warnings > 0 {
            let warned = match self.keymap.key_label(Context::Workshop, Action::Check) {
                Some(k) => t!(
                    lang,
                    "tui-exported-warnings-key",
                    count = warnings,
                    key = &k
                ),
                None => t!(
                    lang,
                    "tui-exported-warnings-command",
                    count = warnings,
                    id = &open.session.assessment.id.to_string()
                ),
            };
            text.push_str(&format!(" · {warned}"));
        }
        let dir = path.parent().map(|d| d.display().to_string());
        let remembered = dir
            .map_or(Ok(()), |d| self.store.set_setting(EXPORT_DIR_SETTING, &d))
            .and_then(|()| self.store.set_setting(EXPORT_FORMAT_SETTING, format.name()));
        if let Err(e) = remembered {
            text.push_str(&format!(
                " {}",
                t!(
                    lang,
                    "tui-exported-folder-not-kept",
                    reason = &e.message_in(self.lang)
                )
            ));
        }
        self.say(Message::ok(text));
    }

    pub(super) fn set_answer(
        &mut self,
        question: String,
        answer: Answer,
        advance: bool,
        undoable: bool,
    ) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        if let Err(e) = validate_answer(&open.session.questionnaire, &question, &answer) {
            self.message = Some(Message::error(t!(
                self.lang,
                "tui-not-saved-because",
                reason = &e.message_in(self.lang)
            )));
            return;
        }
        let id = open.session.assessment.id;
        let shown = open.session.answer(&question);
        if answer.response != shown.response {
            // Not applicable is the whole annex control's decision, made once for it.
            if let (Response::NotApplicable { justification }, Some(control)) = (
                &answer.response,
                crate::soa::control_of(&open.session.questionnaire, &question),
            ) {
                let questions: Vec<&str> =
                    control.questions.iter().map(|q| q.id.as_str()).collect();
                let reference = control.reference.clone();
                let n = questions.len();
                let decided = self.store.decide_control(
                    id,
                    &reference,
                    &questions,
                    &crate::store::Decision::Exclude(justification.clone()),
                );
                let reloaded = decided.and_then(|_| self.store.answers(id));
                match reloaded {
                    Ok(answers) => {
                        open.session.answers = answers;
                        open.session.inclusions.remove(&reference);
                        self.base = None;
                        self.pending = None;
                        self.tell(View::Workshop, Reply::AnswerSaved { advance });
                        self.message = Some(Message::ok(t!(
                            self.lang,
                            "tui-excluded",
                            control = &reference,
                            count = n
                        )));
                    }
                    Err(e) => {
                        self.message = Some(Message::error(t!(
                            self.lang,
                            "tui-not-saved-because",
                            reason = &e.message_in(self.lang)
                        )))
                    }
                }
                return;
            }
            if let Err(e) = crate::soa::refuse_partial(
                &open.session.questionnaire,
                &open.session.answers,
                id,
                &question,
                &answer.response,
            ) {
                self.message = Some(Message::error(t!(
                    self.lang,
                    "tui-not-saved-because",
                    reason = &e.message_in(self.lang)
                )));
                return;
            }
        }
        // A box saving its field, and what that field held when the box opened.
        let edited = open
            .workshop
            .editing
            .as_ref()
            .and_then(|b| match &self.base {
                Some((q, f, text)) if *q == question && *f == b.field => Some((*f, text.clone())),
                _ => None,
            });
        if let Some((field, base)) = &edited
            && field_text(&shown, *field) != *base
        {
            self.changed_while_typing(&question, *field);
            return;
        }
        match self.store.set_answer_if(id, &question, &shown, &answer) {
            Ok(previous) => {
                self.base = None;
                if self
                    .pending
                    .as_ref()
                    .is_some_and(|p| p.question == question)
                {
                    // Saving cleared the question's drafts: nothing left to keep.
                    self.pending = None;
                }
                if previous == answer {
                    self.tell(View::Workshop, Reply::AnswerSaved { advance: false });
                    return;
                }
                let what = describe(self.lang, &open.session, &answer);
                // A score taken away (one key does it) says how to get it back.
                let undo = if undoable
                    && previous.response.is_answered()
                    && !answer.response.is_answered()
                {
                    undo_hint(&self.keymap, self.lang)
                } else {
                    String::new()
                };
                open.session
                    .answers
                    .insert(question.clone(), answer.clone());
                if undoable {
                    open.undo.push(vec![(question.clone(), previous, answer)]);
                }
                self.tell(View::Workshop, Reply::AnswerSaved { advance });
                self.message = Some(Message::ok(format!(
                    "{}{undo}",
                    t!(self.lang, "tui-saved", question = &question, what = &what)
                )));
            }
            Err(StoreError::Conflict { current, .. }) => {
                // Another aimsgap on the same file got there first: show its answer, keep
                // any open editor so nothing typed is lost, and let the user decide.
                let what = describe(self.lang, &open.session, &current);
                open.session
                    .answers
                    .insert(question.clone(), (*current).clone());
                if let Some((field, base)) = edited {
                    if field_text(&current, field) == base {
                        // Only other fields changed: the box's text goes onto the answer as
                        // it now stands, keeping theirs.
                        let mut merged = *current;
                        copy_field(&mut merged, &answer, field);
                        self.set_answer(question, merged, advance, undoable);
                    } else {
                        self.changed_while_typing(&question, field);
                    }
                    return;
                }
                self.message = Some(Message::error(t!(
                    self.lang,
                    "tui-not-saved-changed",
                    question = &question,
                    what = &what
                )));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => {
                // The session keeps the stored answer: the screen never shows an unsaved one.
                self.message = Some(Message::error(t!(
                    self.lang,
                    "tui-not-saved",
                    reason = &e.message_in(self.lang)
                )));
            }
        }
    }

    /// Refuses to save a box over its field changed by another window since it opened. The
    /// box keeps its text; saving again replaces the other window's.
    pub(super) fn changed_while_typing(&mut self, question: &str, field: Field) {
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let now = field_text(&open.session.answer(question), field);
        self.base = Some((question.to_string(), field, now));
        let name = field.noun(self.lang);
        let save = self
            .keymap
            .key_label(Context::Editor, Action::Save)
            .unwrap_or_else(|| Action::Save.short(self.lang));
        self.say(Message::error(t!(
            self.lang,
            "tui-not-saved-typed",
            field = &name,
            question = question,
            save = &save
        )));
    }

    /// Changes the assessment's details and roadmap settings with the rules of `aimsgap set`;
    /// the fields not changed on the form keep what is stored when the write begins.
    pub(super) fn save_details(&mut self, change: &crate::assessment::DetailsChange) {
        use crate::assessment::DetailsError;
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let id = open.session.assessment.id;
        let lang = self.lang;
        let refusal = |e: &DetailsError| match e {
            DetailsError::Effort(why) => t!(lang, "tui-not-saved-effort", reason = why),
            DetailsError::Invalid(e) => {
                t!(lang, "tui-not-saved-because", reason = &e.message_in(lang))
            }
        };
        if open.session.engagement.is_final() {
            let e = StoreError::Final { id: Some(id) };
            return self.tell(View::Dashboard, Reply::Refused(e.message_in(lang)));
        }
        if let Err(e) = change.apply_in(lang, &open.session.assessment, &open.session.questionnaire)
        {
            return self.tell(View::Dashboard, Reply::Refused(refusal(&e)));
        }
        let questionnaire = &open.session.questionnaire;
        let written = self.store.change_assessment(id, |stored| {
            change
                .apply_in(lang, stored, questionnaire)
                .map_err(|e| anyhow::anyhow!(refusal(&e)))
        });
        match written.and_then(|()| Ok(self.store.assessment(id)?)) {
            Ok(a) => {
                // A new language: the questions, and the reports, are in it from now on.
                let lang = a.lang;
                open.session.assessment = a;
                let unchanged = match lang == open.session.lang {
                    true => None,
                    false => open
                        .session
                        .set_language(&self.store, &self.catalog, lang)
                        .err(),
                };
                self.tell(View::Dashboard, Reply::DetailsSaved);
                self.say(match unchanged {
                    None => Message::ok(t!(self.lang, "tui-details-saved")),
                    Some(e) => Message::error(t!(
                        self.lang,
                        "tui-details-saved-not-language",
                        language = lang.name(),
                        reason = &e.to_string()
                    )),
                });
            }
            Err(e) => match e.downcast_ref::<StoreError>() {
                Some(StoreError::NoAssessment(_)) => self.assessment_gone(),
                _ => {
                    let text = match e.downcast_ref::<StoreError>() {
                        Some(e) => e.message_in(self.lang),
                        None => format!("{e}"),
                    };
                    // Refused by the rules of `set`: already says so.
                    let refused = t!(self.lang, "tui-not-saved-because", reason = "");
                    let refused = refused.trim_end_matches(crate::i18n::PSEUDO_CLOSE);
                    let text = if text.starts_with(refused) {
                        text
                    } else {
                        t!(self.lang, "tui-not-saved", reason = &text)
                    };
                    self.tell(View::Dashboard, Reply::Refused(text.clone()));
                    self.say(Message::error(text));
                }
            },
        }
    }

    /// Stores the narrative written on the dashboard, unless another window changed it since
    /// the box opened (the box then keeps the text, and saving again replaces theirs).
    pub(super) fn set_narrative(&mut self, text: &str) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let id = open.session.assessment.id;
        if let Err(e) = crate::assessment::check_text("narrative", text) {
            self.say(Message::error(t!(
                self.lang,
                "tui-not-saved",
                reason = &e.to_string()
            )));
            return;
        }
        let now = match self.store.engagement(id) {
            Ok(e) => e,
            Err(StoreError::NoAssessment(_)) => return self.assessment_gone(),
            Err(e) => {
                return self.say(Message::error(t!(
                    self.lang,
                    "tui-not-saved",
                    reason = &e.message_in(self.lang)
                )));
            }
        };
        if let Some((_, Field::Narrative, base)) = &self.base
            && now.narrative != *base
        {
            open.session.engagement = now;
            self.base = Some((
                WHOLE_ASSESSMENT.to_string(),
                Field::Narrative,
                open.session.engagement.narrative.clone(),
            ));
            let save = self
                .keymap
                .key_label(Context::Editor, Action::Save)
                .unwrap_or_else(|| Action::Save.short(self.lang));
            return self.say(Message::error(t!(
                self.lang,
                "tui-narrative-changed",
                save = &save
            )));
        }
        let written = self.store.set_narrative(id, text).and_then(|()| {
            // Kept until now, in case the write failed.
            self.store.discard_drafts(id, WHOLE_ASSESSMENT)
        });
        match written {
            Ok(()) => {
                self.base = None;
                self.pending = None;
                open.session.engagement.narrative = text.to_string();
                self.tell(View::Dashboard, Reply::NarrativeSaved);
                self.say(Message::ok(if text.is_empty() {
                    t!(self.lang, "tui-narrative-removed")
                } else {
                    t!(self.lang, "tui-narrative-saved")
                }));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(t!(
                self.lang,
                "tui-not-saved",
                reason = &e.message_in(self.lang)
            ))),
        }
    }

    /// Adds or replaces an attendee or a document with `write`, which returns the entry
    /// written (`None`: the one edited was removed meanwhile), and shows the record as stored.
    pub(super) fn change_record(
        &mut self,
        editing: Option<crate::tui::record::Entry>,
        write: impl FnOnce(&mut Store, i64) -> Result<Option<crate::tui::record::Entry>, StoreError>,
        name: &str,
    ) {
        let Some(id) = self.open.as_ref().map(|o| o.session.assessment.id) else {
            return;
        };
        let written = write(&mut self.store, id);
        let lang = self.lang;
        let refused = |e: &StoreError| t!(lang, "tui-not-saved", reason = &e.message_in(lang));
        match written {
            Ok(entry) => {
                self.refresh_record();
                match entry {
                    Some(entry) => {
                        self.tell(View::Record, Reply::EntrySaved(entry));
                        let (reference, name) = (entry.reference(), fit(name, 60));
                        self.say(Message::ok(if editing.is_some() {
                            t!(
                                lang,
                                "tui-entry-saved",
                                reference = &reference,
                                name = &name
                            )
                        } else {
                            t!(
                                lang,
                                "tui-entry-added",
                                reference = &reference,
                                name = &name
                            )
                        }));
                    }
                    None => {
                        let what = editing.map(|e| e.reference()).unwrap_or_default();
                        let text = t!(lang, "tui-entry-gone", reference = &what);
                        self.tell(View::Record, Reply::Refused(text.clone()));
                        self.say(Message::error(text));
                    }
                }
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => {
                let text = refused(&e);
                self.tell(View::Record, Reply::Refused(text.clone()));
                self.say(Message::error(text));
            }
        }
    }

    pub(super) fn remove_entry(&mut self, entry: crate::tui::record::Entry, clear_citations: bool) {
        use crate::tui::record::Entry;
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let id = open.session.assessment.id;
        let what = entry.describe(&open.session.engagement);
        // Some(questions whose answers lost the attendee) when removed.
        let removed = match entry {
            Entry::Attendee(n) if clear_citations => {
                self.store.remove_attendee_and_citations(id, n)
            }
            Entry::Attendee(n) => self
                .store
                .remove_attendee(id, n)
                .map(|gone| gone.then(Vec::new)),
            Entry::Document(n) => self
                .store
                .remove_document(id, n)
                .map(|gone| gone.then(Vec::new)),
            Entry::System(n) => self
                .store
                .remove_system(id, n)
                .map(|gone| gone.then(Vec::new)),
            Entry::Risk(n) => self
                .store
                .remove_risk(id, n)
                .map(|gone| gone.then(Vec::new)),
        };
        match removed {
            Ok(gone) => {
                self.refresh_record();
                if gone.as_ref().is_some_and(|q| !q.is_empty())
                    && let Some(open) = self.open.as_mut()
                    && let Ok(answers) = self.store.answers(id)
                {
                    open.session.answers = answers;
                }
                self.say(if let Some(questions) = gone {
                    Message::ok(match questions.len() {
                        0 => t!(self.lang, "tui-entry-removed", what = &what),
                        1 => t!(
                            self.lang,
                            "tui-entry-removed-from-answer",
                            what = &what,
                            question = &questions[0]
                        ),
                        n => t!(
                            self.lang,
                            "tui-entry-removed-from-answers",
                            what = &what,
                            count = n
                        ),
                    })
                } else {
                    Message::info(t!(
                        self.lang,
                        "tui-entry-removed-already",
                        reference = &entry.reference()
                    ))
                });
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(t!(
                self.lang,
                "tui-not-removed",
                reason = &e.message_in(self.lang)
            ))),
        }
    }

    /// Reads the engagement record again after a change to it.
    pub(super) fn refresh_record(&mut self) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        match self.store.engagement(open.session.assessment.id) {
            Ok(e) => {
                open.session.engagement = e;
                self.tell(View::Record, Reply::RecordChanged);
            }
            Err(e) => {
                self.message = Some(Message::error(t!(
                    self.lang,
                    "tui-record-unreadable",
                    reason = &e.message_in(self.lang)
                )))
            }
        }
    }

    /// Gives every question listed the same owner, each answer read and written in one
    /// transaction (another window's other fields are kept), all undone together.
    pub(super) fn set_owners(&mut self, questions: &[String], owner: &str) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let id = open.session.assessment.id;
        for q in questions {
            let answer = Answer {
                owner: owner.to_string(),
                ..open.session.answer(q)
            };
            if let Err(e) = validate_answer(&open.session.questionnaire, q, &answer) {
                self.tell(
                    View::Workshop,
                    Reply::Refused(t!(
                        self.lang,
                        "tui-not-saved-because",
                        reason = &e.message_in(self.lang)
                    )),
                );
                return;
            }
        }
        let mut done = Vec::new();
        let mut failed = None;
        for q in questions {
            let written = self.store.update_answer(id, q, |old| {
                Ok::<_, StoreError>(Answer {
                    owner: owner.to_string(),
                    ..old.clone()
                })
            });
            match written {
                Ok(previous) => {
                    let now = Answer {
                        owner: owner.to_string(),
                        ..previous.clone()
                    };
                    open.session.answers.insert(q.clone(), now.clone());
                    if previous != now {
                        done.push((q.clone(), previous, now));
                    }
                }
                Err(StoreError::NoAssessment(_)) => return self.assessment_gone(),
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        let n = done.len();
        if !done.is_empty() {
            open.undo.push(done);
        }
        self.tell(View::Workshop, Reply::AnswerSaved { advance: false });
        let who = fit(owner, 40);
        self.say(match failed {
            None => Message::ok(t!(
                self.lang,
                "tui-owners-given",
                owner = &who,
                count = n,
                already = questions.len() - n,
                undo = &undo_hint(&self.keymap, self.lang)
            )),
            Some(e) => Message::error(t!(
                self.lang,
                "tui-owners-failed",
                count = n,
                total = questions.len(),
                reason = &e.message_in(self.lang)
            )),
        });
    }

    pub(super) fn undo(&mut self) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let Some(mut group) = open.undo.pop() else {
            self.say(Message::info(t!(self.lang, "tui-nothing-to-undo")));
            return;
        };
        if group.len() > 1 {
            return self.undo_group(group);
        }
        let Some((question, previous, written)) = group.pop() else {
            return;
        };
        let id = open.session.assessment.id;
        // Undone only while the answer is still the one this screen wrote.
        match self.store.set_answer_if(id, &question, &written, &previous) {
            Ok(_) => {
                let what = describe(self.lang, &open.session, &previous);
                open.session.answers.insert(question.clone(), previous);
                self.tell(View::Workshop, Reply::ShowQuestion(question.clone()));
                self.message = Some(Message::ok(t!(
                    self.lang,
                    "tui-undone",
                    question = &question,
                    what = &what
                )));
            }
            Err(StoreError::Conflict { current, .. }) => {
                let what = describe(self.lang, &open.session, &current);
                open.session.answers.insert(question.clone(), *current);
                self.tell(View::Workshop, Reply::ShowQuestion(question.clone()));
                self.message = Some(Message::error(t!(
                    self.lang,
                    "tui-not-undone-changed",
                    question = &question,
                    what = &what
                )));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => {
                open.undo.push(vec![(question, previous, written)]);
                self.message = Some(Message::error(t!(
                    self.lang,
                    "tui-not-undone",
                    reason = &e.message_in(self.lang)
                )));
            }
        }
    }

    /// Undoes a change made to many answers at once: each answer goes back while it is still
    /// the one written; one changed in another window meanwhile keeps the other window's.
    pub(super) fn undo_group(&mut self, group: Vec<(String, Answer, Answer)>) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let id = open.session.assessment.id;
        let total = group.len();
        let (mut undone, mut kept) = (0, 0);
        let mut left = group.into_iter();
        let mut failed = None;
        for (question, previous, written) in left.by_ref() {
            match self.store.set_answer_if(id, &question, &written, &previous) {
                Ok(_) => {
                    open.session.answers.insert(question, previous);
                    undone += 1;
                }
                Err(StoreError::Conflict { current, .. }) => {
                    open.session.answers.insert(question, *current);
                    kept += 1;
                }
                Err(StoreError::NoAssessment(_)) => return self.assessment_gone(),
                Err(e) => {
                    failed = Some((e, (question, previous, written)));
                    break;
                }
            }
        }
        if let Some((e, first)) = failed {
            // What was not reached yet stays to be undone.
            let rest: Vec<_> = std::iter::once(first).chain(left).collect();
            open.undo.push(rest);
            return self.say(Message::error(t!(
                self.lang,
                "tui-undo-failed",
                count = undone,
                total = total,
                reason = &e.message_in(self.lang)
            )));
        }
        self.say(if kept == 0 {
            Message::ok(t!(self.lang, "tui-undone-all", count = total))
        } else {
            Message::error(t!(
                self.lang,
                "tui-undone-some",
                count = undone,
                total = total,
                kept = kept
            ))
        });
    }
}

/// How an answer reads in a status message.
/// " · u undoes it", naming the key undo is bound to in the workshop; empty when none is.
fn undo_hint(keymap: &Keymap, lang: crate::i18n::Lang) -> String {
    keymap
        .key_label(Context::Workshop, Action::Undo)
        .map(|k| t!(lang, "tui-undo-key", key = &k))
        .unwrap_or_default()
}

pub(super) fn describe(lang: crate::i18n::Lang, session: &Session, answer: &Answer) -> String {
    match &answer.response {
        Response::Maturity { level } => {
            let label = session
                .questionnaire
                .level(*level)
                .map_or("", |l| l.label.as_str());
            format!("{level} {label}")
        }
        Response::NotApplicable { .. } => t!(lang, "tui-workshop-not-applicable"),
        Response::Unanswered => t!(lang, "tui-filter-unanswered"),
    }
}
