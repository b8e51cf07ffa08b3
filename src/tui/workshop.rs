//! The workshop: the clause and Annex A tree on the left, the current question on the right.
//! One key per score; everything else is one key away.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{
    Block, Borders, Clear, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap,
};

use super::command::{Command, Message};
use super::editor::{Field, Outcome, TextBox};
use super::keymap::{Action, Context, Keymap};
use super::modal::{Stakes, YesNo};
use super::screen::{Input, Reply, Screen, Shared};
use super::theme::{Theme, mark};
use super::tree::{self, Filter, Row};
use crate::assessment::{Answer, EvidenceBasis, Response};
use crate::i18n::Lang;
use crate::navigate::{self, Jump, Related, Why};
use crate::printable::fit;
use crate::questionnaire::{SectionKind, split_guidance};
use crate::scoring::Scorecard;
use crate::session::Session;
use crate::store::Draft;
use crate::t;

/// Ticking the attendees an answer rests on ("who said it").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    /// The row with the cursor, in the list of attendees.
    pub selected: usize,
    /// Attendee numbers ticked, in the order they were ticked.
    pub chosen: Vec<u32>,
}

/// Text left unsaved by an earlier session, offered back one at a time.
#[derive(Debug, Clone)]
pub struct Offer {
    pub draft: Draft,
    pub field: Field,
}

#[derive(Debug)]
pub struct Workshop {
    /// Index of the current question in questionnaire order.
    pub cursor: usize,
    pub filter: Filter,
    /// Scroll of the question pane.
    pub scroll: u16,
    pub editing: Option<TextBox>,
    /// Who said it, being ticked.
    pub picking: Option<Picker>,
    /// Drafts found on opening, not yet restored or discarded.
    pub offers: Vec<Offer>,
    /// Presenter mode is on: private notes are neither shown nor searched. Follows the theme
    /// at every frame and every key.
    pub presenter: bool,
    /// The last key cleared the filter with esc.
    filter_cleared: bool,
    tree: ListState,
    /// Jump targets, built when the go-to box first opens.
    jump: Option<Jump>,
    /// Where each jump left from, the latest last: one key goes back.
    back: Vec<usize>,
    /// The related questions on show, each picked with one key (1–9).
    pub related: Option<Vec<Related>>,
    /// The current question's weak spots show over the foot of the question pane; on until
    /// the same key hides them, from question to question.
    pub weak_spots: bool,
    /// The questions the open owner box gives one owner to, all at once.
    bulk: Vec<String>,
    /// The language of the screens' words: follows [`Shared::lang`] at every frame and key.
    pub lang: Lang,
}

impl Workshop {
    /// Opens at `last`, the question the assessment was left on, when it is still asked;
    /// otherwise at the first unanswered question. Queues any drafts that differ from what
    /// was saved.
    pub fn new(session: &Session, drafts: Vec<Draft>, last: Option<&str>) -> Workshop {
        let card = session.scorecard();
        let left_on = last.and_then(|id| {
            session
                .questionnaire
                .questions()
                .position(|q| q.question.id == id)
        });
        let cursor = left_on.unwrap_or_else(|| {
            card.questions
                .iter()
                .position(|s| s.status == crate::scoring::Status::NotAssessed)
                .unwrap_or(0)
        });
        let offers = drafts
            .into_iter()
            .filter_map(|d| {
                let field = Field::from_draft_name(&d.field)?;
                let saved = field_text(&session.answer(&d.question_id), field);
                (session.questionnaire.question(&d.question_id).is_some() && saved != d.text)
                    .then_some(Offer { draft: d, field })
            })
            .collect();
        Workshop {
            cursor,
            filter: Filter::All,
            scroll: 0,
            editing: None,
            picking: None,
            offers,
            presenter: false,
            filter_cleared: false,
            tree: ListState::default(),
            jump: None,
            back: Vec::new(),
            related: None,
            weak_spots: false,
            bulk: Vec::new(),
            lang: Lang::En,
        }
    }

    /// The id of the current question.
    pub fn question_id(&self, session: &Session) -> String {
        session
            .questionnaire
            .questions()
            .nth(self.cursor)
            .map(|q| q.question.id.clone())
            .unwrap_or_default()
    }

    /// The visible rows under the current filter; a search looks into the private notes only
    /// outside presenter mode.
    fn rows(&self, card: &Scorecard, session: &Session) -> Vec<Row> {
        self.rows_with(card, session, &self.filter)
    }

    fn rows_with(&self, card: &Scorecard, session: &Session, filter: &Filter) -> Vec<Row> {
        tree::rows(card, &session.answers, filter, !self.presenter)
    }

    fn go(&mut self, index: Option<usize>) {
        if let Some(i) = index
            && i != self.cursor
        {
            self.cursor = i;
            self.scroll = 0;
        }
    }

    /// A search is showing its matches.
    pub fn searching(&self) -> bool {
        matches!(self.filter, Filter::Search(_))
    }

    /// Jumps to a question, remembering where from so that one key goes back; the filter is
    /// cleared when it hides the target.
    fn leap(&mut self, session: &Session, index: usize) {
        let card = session.scorecard();
        if !self.rows(&card, session).contains(&Row::Question(index)) {
            self.filter = Filter::All;
        }
        if index != self.cursor {
            self.back.push(self.cursor);
        }
        self.go(Some(index));
    }

    /// Moves to a question by id (after an undo, a restore).
    pub fn go_to_question(&mut self, session: &Session, id: &str) {
        let index = session
            .questionnaire
            .questions()
            .position(|q| q.question.id == id);
        if let Some(i) = index {
            let card = session.scorecard();
            let rows = self.rows(&card, session);
            if !rows.contains(&Row::Question(i)) {
                self.filter = Filter::All;
            }
            self.go(Some(i));
        }
    }

    /// After a score: the next visible question.
    fn advance(&mut self, session: &Session) {
        let card = session.scorecard();
        let rows = self.rows(&card, session);
        let next = if rows.contains(&Row::Question(self.cursor)) {
            tree::step(&rows, self.cursor, 1)
        } else {
            tree::settle(&rows, self.cursor)
        };
        self.go(next);
    }

    /// An input while a text box, a restore offer, the picker of who said it or the list of
    /// related questions has the keys.
    fn handle_modal(
        &mut self,
        input: Input,
        session: &Session,
        keymap: &Keymap,
    ) -> Option<Command> {
        let (action, key) = match input {
            Input::Key { action, key } => (action, key),
            Input::Paste(text) if self.offers.is_empty() => {
                let outcome = self.editing.as_mut()?.paste(text);
                return self.edited(outcome, session);
            }
            Input::Paste(_) => return None,
        };
        if let Some(offer) = self.offers.first().cloned() {
            return match YesNo::answer(action) {
                Some(true) => {
                    self.offers.remove(0);
                    self.go_to_question(session, &offer.draft.question_id);
                    let mut text_box = TextBox::new(offer.field, &offer.draft.text);
                    text_box.saved =
                        field_text(&session.answer(&offer.draft.question_id), offer.field);
                    text_box.message = Some(t!(self.lang, "tui-workshop-restored"));
                    self.editing = Some(text_box);
                    None
                }
                Some(false) => {
                    self.offers.remove(0);
                    Some(Command::DiscardDrafts {
                        question: offer.draft.question_id,
                    })
                }
                _ => None,
            };
        }
        if self.picking.is_some() {
            return self.pick(action, session);
        }
        if self.related.is_some() {
            return self.pick_related(action, key, session);
        }
        let outcome = self.editing.as_mut()?.handle(action, key, keymap);
        self.edited(outcome, session)
    }

    /// A key while the related questions are listed: a digit goes to one, esc closes.
    fn pick_related(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        session: &Session,
    ) -> Option<Command> {
        let list = self.related.as_ref()?;
        if let ratatui::crossterm::event::KeyCode::Char(c) = key.code
            && let Some(n) = c.to_digit(10)
        {
            let Some(r) = (n as usize).checked_sub(1).and_then(|i| list.get(i)) else {
                return Some(Command::Notify(Message::info(t!(
                    self.lang,
                    "tui-workshop-no-related-number",
                    number = n,
                    count = list.len()
                ))));
            };
            let index = r.question;
            self.related = None;
            self.leap(session, index);
            return None;
        }
        if matches!(action, Some(Action::Cancel | Action::Save)) {
            self.related = None;
        }
        None
    }

    /// A key while who said it is being ticked.
    fn pick(&mut self, action: Option<Action>, session: &Session) -> Option<Command> {
        let attendees = &session.engagement.attendees;
        let picker = self.picking.as_mut()?;
        match action? {
            Action::Down => {
                picker.selected = (picker.selected + 1).min(attendees.len().saturating_sub(1));
            }
            Action::Up => picker.selected = picker.selected.saturating_sub(1),
            Action::Toggle => {
                let n = attendees.get(picker.selected)?.number;
                match picker.chosen.iter().position(|c| *c == n) {
                    Some(i) => {
                        picker.chosen.remove(i);
                    }
                    None => picker.chosen.push(n),
                }
            }
            Action::Save => {
                let chosen = self.picking.take()?.chosen;
                let id = self.question_id(session);
                let answer = Answer {
                    said_by: chosen,
                    ..session.answer(&id)
                };
                return Some(Command::SetAnswer {
                    question: id,
                    answer,
                    advance: false,
                });
            }
            Action::Cancel => {
                self.picking = None;
                return Some(Command::Notify(Message::info(t!(
                    self.lang,
                    "tui-workshop-said-by-unchanged"
                ))));
            }
            _ => {}
        }
        None
    }

    fn act(&mut self, action: Action, session: &Session, theme: &Theme) -> Option<Command> {
        self.presenter = theme.presenter;
        let filter_cleared = std::mem::take(&mut self.filter_cleared);
        if (acts_on_question(action) || action == Action::Undo) && session.engagement.is_final() {
            // A final assessment is read-only until reopened: nothing here may change it.
            let e = crate::store::StoreError::Final {
                id: Some(session.assessment.id),
            };
            return Some(Command::Notify(Message::error(e.message_in(self.lang))));
        }
        let card = session.scorecard();
        let rows = self.rows(&card, session);
        if acts_on_question(action) && !rows.contains(&Row::Question(self.cursor)) {
            // The filter shows no question: a score or an edit would land on a hidden one.
            return Some(Command::Notify(Message::info(t!(
                self.lang,
                "tui-workshop-none-showing",
                filter = &self.filter.label(self.lang)
            ))));
        }
        let page = 10;
        let id = self.question_id(session);
        let current = session.answer(&id);
        let at = card.questions.get(self.cursor)?.at;
        match action {
            Action::Down => self.go(tree::step(&rows, self.cursor, 1)),
            Action::Up => self.go(tree::step(&rows, self.cursor, -1)),
            Action::PageDown => self.go(tree::step(&rows, self.cursor, page)),
            Action::PageUp => self.go(tree::step(&rows, self.cursor, -page)),
            Action::Top => self.go(tree::first(&rows)),
            Action::Bottom => self.go(tree::last(&rows)),
            Action::ScrollDown => self.scroll = self.scroll.saturating_add(5),
            Action::ScrollUp => self.scroll = self.scroll.saturating_sub(5),
            Action::Maturity(level) => {
                let max = session.questionnaire.max_level();
                if level > max {
                    return Some(Command::Notify(Message::error(t!(
                        self.lang,
                        "tui-workshop-level-off-scale",
                        level = u32::from(level),
                        max = u32::from(max)
                    ))));
                }
                let answer = Answer {
                    response: Response::Maturity { level },
                    ..current
                };
                return Some(Command::SetAnswer {
                    question: id,
                    answer,
                    advance: true,
                });
            }
            Action::NotApplicable => {
                if at.kind() == SectionKind::Clause {
                    // As `AnswerError::NotApplicableOnClause` says it, in the screens' language.
                    let clauses =
                        crate::assessment::lower_first(&session.questionnaire.labels.clauses);
                    return Some(Command::Notify(Message::error(t!(
                        self.lang,
                        "tui-workshop-clause-not-applicable",
                        reference = &at.requirement.reference,
                        clauses = &clauses
                    ))));
                }
                self.open_editor(Field::Justification, &current);
            }
            Action::Clear => {
                if !current.response.is_answered() {
                    return Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-workshop-already-unanswered"
                    ))));
                }
                let answer = Answer {
                    response: Response::Unanswered,
                    ..current
                };
                return Some(Command::SetAnswer {
                    question: id,
                    answer,
                    advance: false,
                });
            }
            Action::Finding => self.open_editor(Field::Finding, &current),
            Action::Recommendation => self.open_editor(Field::Recommendation, &current),
            Action::Response => self.open_editor(Field::Response, &current),
            Action::SaidBy => {
                if session.engagement.attendees.is_empty() {
                    return Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-workshop-no-attendees"
                    ))));
                }
                // Ticked as stored, those no longer recorded aside.
                let chosen = session
                    .engagement
                    .said_by(&current.said_by)
                    .map(|a| a.number)
                    .collect();
                self.picking = Some(Picker {
                    selected: 0,
                    chosen,
                });
            }
            Action::Notes => {
                if theme.presenter {
                    return Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-workshop-notes-in-presenter-mode"
                    ))));
                }
                self.open_editor(Field::Notes, &current);
            }
            Action::Evidence => self.open_editor(Field::Evidence, &current),
            Action::Owner => self.open_editor(Field::Owner, &current),
            Action::AssignOwner => {
                let (questions, scope) = self.gaps_in_view(&card, &rows);
                if questions.is_empty() {
                    return Some(Command::Notify(Message::info(match &scope {
                        Some(section) => {
                            t!(self.lang, "tui-workshop-no-gaps-section", section = section)
                        }
                        None => t!(self.lang, "tui-workshop-no-gaps-list"),
                    })));
                }
                let mut b = TextBox::new(Field::Owners, "");
                let count = questions.len();
                b.message = Some(match &scope {
                    Some(section) => t!(
                        self.lang,
                        "tui-workshop-owner-for-section",
                        count = count,
                        section = section
                    ),
                    None => t!(self.lang, "tui-workshop-owner-for-list", count = count),
                });
                self.bulk = questions;
                self.editing = Some(b);
            }
            Action::Due => self.open_editor(Field::Due, &current),
            Action::Basis => {
                let next = match current.basis {
                    None => Some(EvidenceBasis::Interview),
                    Some(EvidenceBasis::Interview) => Some(EvidenceBasis::Document),
                    Some(EvidenceBasis::Document) => Some(EvidenceBasis::Observed),
                    Some(EvidenceBasis::Observed) => None,
                };
                let answer = Answer {
                    basis: next,
                    ..current
                };
                return Some(Command::SetAnswer {
                    question: id,
                    answer,
                    advance: false,
                });
            }
            Action::Jump => {
                if self.jump.is_none() {
                    self.jump = Some(Jump::new(&session.questionnaire));
                }
                self.editing = Some(TextBox::new(Field::Jump, ""));
            }
            Action::JumpBack => match self.back.pop() {
                Some(i) => {
                    if !rows.contains(&Row::Question(i)) {
                        self.filter = Filter::All;
                    }
                    self.go(Some(i));
                }
                None => {
                    return Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-workshop-no-jump-back"
                    ))));
                }
            },
            Action::Related => {
                let list = navigate::related(&session.questionnaire, self.cursor);
                if list.is_empty() {
                    return Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-workshop-no-related"
                    ))));
                }
                self.related = Some(list);
            }
            Action::WeakSpots => self.weak_spots = !self.weak_spots,
            Action::NextMatch | Action::PreviousMatch => {
                let matches: Vec<usize> = rows
                    .iter()
                    .filter_map(|r| match r {
                        Row::Question(i) => Some(*i),
                        Row::Section(_) => None,
                    })
                    .collect();
                if matches.is_empty() {
                    return None;
                }
                let forward = action == Action::NextMatch;
                let n = matches.len();
                let next = match matches.iter().position(|i| *i == self.cursor) {
                    Some(p) if forward => (p + 1) % n,
                    Some(p) => (p + n - 1) % n,
                    None => 0,
                };
                self.go(Some(matches[next]));
                return Some(Command::Notify(Message::info(t!(
                    self.lang,
                    "tui-workshop-match",
                    number = next + 1,
                    count = n
                ))));
            }
            Action::Search => {
                // A term searched for before presenter mode may be a word from the notes.
                let now = match &self.filter {
                    Filter::Search(s) if !theme.presenter => s.clone(),
                    _ => String::new(),
                };
                self.editing = Some(TextBox::new(Field::Search, &now));
            }
            Action::NextUnanswered | Action::PreviousUnanswered => {
                let forward = action == Action::NextUnanswered;
                match tree::next_unanswered(&card, self.cursor, forward) {
                    Some(i) => {
                        if !rows.contains(&Row::Question(i)) {
                            self.filter = Filter::All;
                        }
                        self.go(Some(i));
                    }
                    None if !current.response.is_answered() => {
                        return Some(Command::Notify(Message::info(t!(
                            self.lang,
                            "tui-workshop-last-unanswered"
                        ))));
                    }
                    None => {
                        return Some(Command::Notify(Message::ok(t!(
                            self.lang,
                            "tui-workshop-all-answered"
                        ))));
                    }
                }
            }
            Action::Filter => {
                self.filter = self.filter.next();
                let rows = self.rows(&card, session);
                self.go(tree::settle(&rows, self.cursor));
                return Some(Command::Notify(Message::info(t!(
                    self.lang,
                    "tui-workshop-showing",
                    filter = &self.filter.label(self.lang)
                ))));
            }
            Action::Undo => return Some(Command::Undo),
            Action::Back => {
                if self.filter != Filter::All {
                    self.filter = Filter::All;
                    self.filter_cleared = true;
                    return Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-workshop-showing-all"
                    ))));
                }
                // Right after esc cleared a filter, another esc (a search left with two)
                // only says where the next one goes.
                if filter_cleared {
                    return Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-workshop-showing-all-esc"
                    ))));
                }
                return Some(Command::GoHome);
            }
            Action::Park => {
                // Parking again edits the text, and opens a resolved point again.
                let now = session
                    .engagement
                    .points
                    .iter()
                    .find(|p| p.question_id == id)
                    .map(|p| p.text.clone())
                    .unwrap_or_default();
                self.editing = Some(TextBox::new(Field::Park, &now));
            }
            Action::Points => return Some(Command::ShowPoints),
            Action::Iso27001 => return Some(Command::ShowIso27001),
            Action::AcceptCarryOver => {
                let Some(sug) = suggestion(session, &id) else {
                    let why = if current.response.is_answered() {
                        t!(
                            self.lang,
                            "tui-workshop-carry-over-answered",
                            question = &id
                        )
                    } else {
                        t!(self.lang, "tui-workshop-no-carry-over", question = &id)
                    };
                    return Some(Command::Notify(Message::info(why)));
                };
                return Some(Command::SetAnswer {
                    question: id,
                    answer: sug.accept(&current),
                    advance: true,
                });
            }
            Action::Agenda => return Some(Command::ShowAgenda),
            Action::Changes => return Some(Command::ShowChanges),
            Action::History => return Some(Command::ShowHistory(id)),
            Action::Dashboard => return Some(Command::ShowDashboard),
            Action::Record => return Some(Command::ShowRecord),
            Action::Check => return Some(Command::ShowCheck),
            Action::Conflicts => return Some(Command::ShowConflicts),
            Action::Roadmap => return Some(Command::ShowRoadmap),
            Action::Export => return Some(Command::ShowExport),
            Action::Quit => return Some(Command::Quit),
            _ => {}
        }
        None
    }

    /// The questions with a gap that one owner would go to: those of the filtered list when
    /// a filter is on, else those of the current question's section; and how to name them.
    fn gaps_in_view(&self, card: &Scorecard, rows: &[Row]) -> (Vec<String>, Option<String>) {
        let gap = |i: usize| {
            card.questions
                .get(i)
                .filter(|s| s.priority.is_some())
                .map(|s| s.at.question.id.clone())
        };
        if self.filter != Filter::All {
            let listed = rows
                .iter()
                .filter_map(|r| match r {
                    Row::Question(i) => gap(*i),
                    Row::Section(_) => None,
                })
                .collect();
            return (listed, None);
        }
        let Some(section) = card.questions.get(self.cursor).map(|s| s.at.section) else {
            return (Vec::new(), None);
        };
        let listed = (0..card.questions.len())
            .filter(|i| card.questions[*i].at.section.id == section.id)
            .filter_map(gap)
            .collect();
        (listed, Some(section.id.clone()))
    }

    fn open_editor(&mut self, field: Field, current: &Answer) {
        self.editing = Some(TextBox::new(field, &field_text(current, field)));
    }

    fn edited(&mut self, outcome: Outcome, session: &Session) -> Option<Command> {
        let field = self.editing.as_ref()?.field;
        let id = self.question_id(session);
        match outcome {
            Outcome::Nothing => None,
            Outcome::Changed => {
                // Only noted here: the app keeps the box's text as a draft once typing
                // pauses, so a key never waits for the file.
                let name = field.draft_name()?;
                Some(Command::SaveDraft {
                    question: id,
                    field: name,
                })
            }
            Outcome::Cancel => {
                self.editing = None;
                field
                    .draft_name()
                    .map(|_| Command::DiscardDrafts { question: id })
            }
            Outcome::Save(text) => self.save(field, text, session),
        }
    }

    fn save(&mut self, field: Field, text: String, session: &Session) -> Option<Command> {
        let id = self.question_id(session);
        let mut answer = session.answer(&id);
        match field {
            Field::Jump => {
                let wanted = text.trim();
                let jump = self
                    .jump
                    .get_or_insert_with(|| Jump::new(&session.questionnaire));
                match jump.first(wanted).map(|t| t.question) {
                    Some(i) => {
                        self.editing = None;
                        self.leap(session, i);
                    }
                    None => {
                        if let Some(b) = &mut self.editing {
                            b.message =
                                Some(t!(self.lang, "tui-workshop-jump-nothing", wanted = wanted));
                        }
                    }
                }
                return None;
            }
            Field::Search => {
                let wanted = text.trim().to_string();
                let filter = if wanted.is_empty() {
                    Filter::All
                } else {
                    Filter::Search(wanted.clone())
                };
                let card = session.scorecard();
                let rows = self.rows_with(&card, session, &filter);
                if tree::first(&rows).is_none() {
                    if let Some(b) = &mut self.editing {
                        b.message = Some(t!(
                            self.lang,
                            "tui-workshop-search-nothing",
                            wanted = &wanted
                        ));
                    }
                    return None;
                }
                self.editing = None;
                self.filter = filter;
                self.go(tree::settle(&rows, self.cursor));
                let n = rows
                    .iter()
                    .filter(|r| matches!(r, Row::Question(_)))
                    .count();
                return Some(Command::Notify(Message::info(if wanted.is_empty() {
                    t!(self.lang, "tui-workshop-showing-all")
                } else {
                    t!(
                        self.lang,
                        "tui-workshop-search-matches",
                        count = n,
                        wanted = &wanted
                    )
                })));
            }
            Field::Finding => answer.finding = text.trim_end().to_string(),
            // Empty: the catalogue's recommendation again.
            Field::Recommendation => answer.recommendation = text.trim().to_string(),
            Field::Response => answer.management_response = text.trim().to_string(),
            Field::Notes => answer.notes = text.trim_end().to_string(),
            Field::Evidence => {
                answer.evidence = text
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect();
            }
            Field::Owner => answer.owner = text.trim().to_string(),
            Field::Owners => {
                let owner = text.trim().to_string();
                if owner.is_empty() {
                    if let Some(b) = &mut self.editing {
                        b.message = Some(t!(self.lang, "tui-workshop-owner-needed"));
                    }
                    return None;
                }
                return Some(Command::SetOwners {
                    questions: std::mem::take(&mut self.bulk),
                    owner,
                });
            }
            Field::Due => {
                let t = text.trim();
                if t.is_empty() {
                    answer.due = None;
                } else {
                    match crate::assessment::parse_date_in(self.lang, t) {
                        Ok(d) => answer.due = Some(d),
                        Err(e) => {
                            if let Some(b) = &mut self.editing {
                                b.message = Some(e);
                            }
                            return None;
                        }
                    }
                }
            }
            Field::Park => {
                return match crate::engagement::point_text(&text) {
                    // The box closes once the point is stored; the app closes it on success.
                    Ok(text) => Some(Command::Park { question: id, text }),
                    Err(e) => {
                        let why = e.message_in(self.lang);
                        if let Some(b) = &mut self.editing {
                            b.message = Some(why);
                        }
                        None
                    }
                };
            }
            // Written on the dashboard, the agenda and the changes screen, never here.
            Field::Narrative | Field::Timebox | Field::Since | Field::Value => return None,
            Field::Justification => {
                let t = text.trim();
                if t.is_empty() {
                    if let Some(b) = &mut self.editing {
                        b.message = Some(t!(self.lang, "tui-workshop-justification-needed"));
                    }
                    return None;
                }
                answer.response = Response::NotApplicable {
                    justification: t.to_string(),
                };
            }
        }
        // The box closes once the answer is stored; the app closes it on success.
        Some(Command::SetAnswer {
            question: id,
            answer,
            advance: field == Field::Justification,
        })
    }

    fn draw(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        session: &Session,
        theme: &Theme,
        keymap: &Keymap,
    ) {
        self.presenter = theme.presenter;
        let card = session.scorecard();
        // Wide terminals give the tree room for each question's topic and requirement.
        let tree_width = match area.width {
            0..=89 => 30,
            90..=129 => 38,
            w => (w * 2 / 5).min(72),
        }
        .min(area.width / 2);
        let [left, right] =
            Layout::horizontal([Constraint::Length(tree_width), Constraint::Fill(1)]).areas(area);
        self.render_tree(left, buf, &card, session, theme);
        let [pane, editor] = match &self.editing {
            Some(b) => {
                let h = b.height(right.height.saturating_sub(3));
                Layout::vertical([Constraint::Fill(1), Constraint::Length(h)]).areas(right)
            }
            None => [right, Rect::default()],
        };
        let rows = self.rows(&card, session);
        if rows.contains(&Row::Question(self.cursor)) {
            self.render_question(pane, buf, &card, session, theme, keymap);
        } else {
            // What the keys would act on is hidden: show nothing to act on.
            let filter = keymap
                .key_label(Context::Workshop, Action::Filter)
                .unwrap_or_default();
            let back = keymap
                .key_label(Context::Workshop, Action::Back)
                .unwrap_or_default();
            Paragraph::new(t!(
                self.lang,
                "tui-workshop-none-showing-keys",
                filter = &filter,
                back = &back
            ))
            .style(theme.dim())
            .wrap(Wrap { trim: true })
            .render(
                Rect {
                    x: pane.x + 1,
                    width: pane.width.saturating_sub(1),
                    ..pane
                },
                buf,
            );
        }
        if let Some(b) = &mut self.editing {
            // Restored notes in presenter mode: edited, saved or dropped unseen.
            let masked = self.presenter && b.field == Field::Notes;
            b.render(editor, buf, theme, keymap, masked);
        }
        if let Some(b) = &self.editing
            && b.field == Field::Jump
            && let Some(jump) = &self.jump
        {
            render_candidates(jump, &b.text(), session, pane, buf, theme, self.lang);
        }
        if self.weak_spots
            && self.editing.is_none()
            && let Some(q) = session.questionnaire.questions().nth(self.cursor)
        {
            render_weak_spots(q.question, pane, buf, theme, keymap, self.lang);
        }
        if let Some(list) = &self.related {
            render_related(list, &card, right, buf, theme, keymap, self.lang);
        }
        if let Some(picker) = &self.picking {
            let question = self.question_id(session);
            render_picker(
                picker, &question, session, right, buf, theme, keymap, self.lang,
            );
        }
        if let Some(offer) = self.offers.first() {
            render_offer(offer, area, buf, theme, keymap, self.presenter, self.lang);
        }
    }

    fn render_tree(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        card: &Scorecard,
        session: &Session,
        theme: &Theme,
    ) {
        let rows = self.rows(card, session);
        let block = Block::new()
            .borders(Borders::RIGHT)
            .border_style(theme.dim());
        let inner = block.inner(area);
        block.render(area, buf);
        if rows.is_empty() {
            Paragraph::new(format!(
                "{}\n{}",
                t!(self.lang, "tui-workshop-no-questions-match"),
                self.filter.label_on_screen(self.lang, self.presenter)
            ))
            .style(theme.dim())
            .wrap(Wrap { trim: true })
            .render(inner, buf);
            return;
        }
        let width = usize::from(inner.width);
        let items: Vec<ListItem> = rows
            .iter()
            .map(|row| match row {
                Row::Section(i) => {
                    let (section, f) = &card.sections[*i];
                    let progress = format!(" {}/{}", f.answered, f.applicable);
                    let room = width.saturating_sub(progress.chars().count() + 1);
                    let title = fit(&format!("{} {}", section.id, section.title), room);
                    let pad =
                        width.saturating_sub(title.chars().count() + progress.chars().count());
                    let done = f.applicable > 0 && f.answered == f.applicable;
                    ListItem::new(Line::from(vec![
                        Span::styled(title, theme.heading()),
                        Span::raw(" ".repeat(pad)),
                        Span::styled(progress, if done { theme.ok() } else { theme.dim() }),
                    ]))
                }
                Row::Question(i) => {
                    let s = &card.questions[*i];
                    let label = tree::label(s);
                    let room = width.saturating_sub(4);
                    // The question's own topic; the requirement's title when it has none, or
                    // after the topic when the tree is wide enough for both.
                    let topic = s.at.question.topic.as_str();
                    let main = if topic.is_empty() {
                        format!("{label}  {}", s.at.requirement.title)
                    } else {
                        format!("{label}  {topic}")
                    };
                    let text = fit(&main, room);
                    let left = room.saturating_sub(text.chars().count());
                    let mut spans = vec![
                        Span::raw("  "),
                        Span::styled(mark(s.maturity, s.not_applicable), theme.status(s.status)),
                        Span::raw(" "),
                        Span::raw(text),
                    ];
                    if !topic.is_empty() && left >= 16 {
                        spans.push(Span::styled(
                            fit(&format!("  {}", s.at.requirement.title), left),
                            theme.dim(),
                        ));
                    }
                    ListItem::new(Line::from(spans))
                }
            })
            .collect();
        let selected = rows.iter().position(|r| *r == Row::Question(self.cursor));
        self.tree.select(selected);
        // Keep the section heading in view when its first question is selected.
        if let Some(sel) = selected
            && sel > 0
            && self.tree.offset() == sel
        {
            *self.tree.offset_mut() = sel - 1;
        }
        // Never scrolled past what fits: a short list (a search's matches) shows whole, and
        // the rows left above the selection by a longer list before do not hide matches.
        let height = usize::from(inner.height);
        let most = rows.len().saturating_sub(height);
        if self.tree.offset() > most {
            *self.tree.offset_mut() = most;
        }
        let list = List::new(items).highlight_style(theme.selected());
        StatefulWidget::render(list, inner, buf, &mut self.tree);
    }

    fn render_question(
        &self,
        area: Rect,
        buf: &mut Buffer,
        card: &Scorecard,
        session: &Session,
        theme: &Theme,
        keymap: &Keymap,
    ) {
        let Some(s) = card.questions.get(self.cursor) else {
            return;
        };
        let at = s.at;
        let q = at.question;
        let answer = session.answer(&q.id);
        let qn = &session.questionnaire;
        let area = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(1),
            ..area
        };
        let mut lines: Vec<Line> = Vec::new();
        let position = at
            .requirement
            .questions
            .iter()
            .position(|x| x.id == q.id)
            .unwrap_or(0)
            + 1;
        lines.push(Line::from(vec![
            Span::styled(format!("{}  ", at.requirement.reference), theme.title()),
            Span::styled(at.requirement.title.clone(), theme.title()),
        ]));
        let lang = self.lang;
        let blank = " ".repeat(label_width(lang));
        let section = &at.section.id;
        let mut facts = vec![
            if at.kind() == SectionKind::Clause {
                t!(lang, "tui-workshop-clause", section = section)
            } else {
                t!(lang, "tui-workshop-annex", section = section)
            },
            t!(
                lang,
                "tui-workshop-position",
                position = position,
                count = at.requirement.questions.len()
            ),
            t!(lang, "tui-workshop-weight", weight = &q.weight.to_string()),
        ];
        if q.documented {
            facts.push(t!(lang, "tui-workshop-documented"));
        }
        lines.push(Line::styled(facts.join(" · "), theme.dim()));
        lines.push(Line::raw(""));
        lines.push(Line::styled(q.prompt.clone(), theme.heading()));
        lines.push(Line::raw(""));

        // The answer, first: it is what the room is looking at.
        let status = Span::styled(
            format!(" {} ", status_word(lang, s.status)),
            theme.status(s.status).add_modifier(Modifier::REVERSED),
        );
        let response = match &answer.response {
            Response::Maturity { level } => {
                let label = qn.level(*level).map_or("", |l| l.label.as_str());
                format!("{level} {label}")
            }
            Response::NotApplicable { .. } => t!(lang, "tui-workshop-not-applicable"),
            Response::Unanswered => t!(lang, "tui-workshop-not-answered"),
        };
        let mut answer_line = vec![
            Span::styled(label(lang, "tui-label-answer"), theme.heading()),
            Span::styled(
                response,
                theme.status(s.status).add_modifier(Modifier::BOLD),
            ),
            Span::raw("  "),
            status,
        ];
        if let (Some(gap), Some(p)) = (s.gap, s.priority) {
            answer_line.push(Span::raw("  "));
            answer_line.push(Span::styled(
                t!(
                    lang,
                    "tui-workshop-gap",
                    priority = p.as_str(),
                    gap = u32::from(gap)
                ),
                theme.priority(p),
            ));
        }
        lines.push(Line::from(answer_line));
        // An ISO 27001 carry-over: a suggestion only, never an answer until accepted.
        if let Some(sug) = suggestion(session, &q.id) {
            let name = qn.level(sug.level).map_or("", |l| l.label.as_str());
            let key = keymap
                .key_label(Context::Workshop, Action::AcceptCarryOver)
                .map(|k| t!(lang, "tui-workshop-suggest-key", key = &k))
                .unwrap_or_default();
            let refs = sug.refs.join(", ");
            lines.push(Line::from(vec![
                Span::styled(label(lang, "tui-label-suggest"), theme.heading()),
                Span::styled(
                    t!(
                        lang,
                        "tui-workshop-suggest",
                        level = u32::from(sug.level),
                        name = name,
                        refs = &refs,
                        key = &key
                    ),
                    theme.dim().add_modifier(Modifier::ITALIC),
                ),
            ]));
        } else if let Some(c) = &answer.carried_over {
            let text = t!(
                lang,
                "tui-workshop-carried",
                refs = &c.refs_text(),
                level = u32::from(c.level)
            );
            lines.push(labelled(label(lang, "tui-label-carried"), &text, theme));
        }
        // The scale for this question, right under the answer: each level in a few words, the
        // chosen one highlighted, so the room scores with the whole ladder in sight.
        lines.extend(ladder(qn, q, s.maturity, usize::from(area.width), theme));
        // The client's own rating (`aimsgap survey import`), beside the answer, never in it.
        if let Some(own) = session.self_assessment.get(&q.id) {
            lines.push(client_line(own, s.maturity, qn, lang, theme));
            for l in own.comment.lines() {
                lines.push(labelled(
                    blank.clone(),
                    &format!("“{}”", crate::printable::printable(l)),
                    theme,
                ));
            }
        }
        if let Response::NotApplicable { justification } = &answer.response {
            lines.push(labelled(label(lang, "tui-label-why"), justification, theme));
        }
        let mut meta = Vec::new();
        if let Some(b) = answer.basis {
            meta.push(t!(lang, "tui-workshop-basis", basis = &b.describe_in(lang)));
        }
        if !answer.owner.is_empty() {
            meta.push(t!(lang, "tui-workshop-owner", owner = &answer.owner));
        }
        if let Some(d) = answer.due {
            meta.push(t!(lang, "tui-workshop-due", date = &lang.date(d)));
        }
        if !meta.is_empty() {
            lines.push(Line::styled(
                format!("{blank}{}", meta.join(" · ")),
                theme.dim(),
            ));
        }
        for (i, l) in answer.finding.lines().enumerate() {
            lines.push(labelled(
                if i == 0 {
                    label(lang, "tui-label-finding")
                } else {
                    blank.clone()
                },
                l,
                theme,
            ));
        }
        // Client-facing like the finding: shown in presenter mode too.
        if !answer.recommendation.is_empty() {
            lines.push(Line::styled(
                t!(lang, "tui-workshop-own-recommendation"),
                theme.heading(),
            ));
            for l in answer.recommendation.lines() {
                lines.push(labelled(blank.clone(), l, theme));
            }
        }
        for (i, l) in answer.management_response.lines().enumerate() {
            lines.push(labelled(
                if i == 0 {
                    label(lang, "tui-label-response")
                } else {
                    blank.clone()
                },
                l,
                theme,
            ));
        }
        let said: Vec<String> = session
            .engagement
            .said_by(&answer.said_by)
            .map(|a| a.describe())
            .collect();
        if !said.is_empty() {
            lines.push(labelled(
                label(lang, "tui-label-said-by"),
                &said.join("; "),
                theme,
            ));
        }
        // The parking lot: what is still to be followed up on this question.
        if let Some(point) = session.engagement.open_point(&q.id) {
            lines.push(labelled(
                label(lang, "tui-label-parked"),
                &crate::printable::printable(&point.text),
                theme,
            ));
        }
        if theme.presenter {
            lines.push(Line::styled(
                format!(
                    "{}{}",
                    label(lang, "tui-label-notes"),
                    t!(lang, "tui-workshop-notes-hidden")
                ),
                theme.dim(),
            ));
        } else if !answer.notes.is_empty() {
            for (i, l) in answer.notes.lines().enumerate() {
                lines.push(labelled(
                    if i == 0 {
                        label(lang, "tui-label-notes")
                    } else {
                        blank.clone()
                    },
                    l,
                    theme,
                ));
            }
        }
        if !answer.evidence.is_empty() {
            lines.push(labelled(
                label(lang, "tui-label-evidence"),
                &answer.evidence.join(" · "),
                theme,
            ));
        }
        lines.push(Line::raw(""));

        let parts = split_guidance(&q.guidance);
        // A minimal questionnaire may have no guidance or evidence: no empty heading.
        if !q.guidance.is_empty() {
            lines.push(Line::styled(
                t!(lang, "tui-workshop-guidance"),
                theme.heading(),
            ));
        }
        if !parts.intro.is_empty() {
            lines.push(Line::raw(parts.intro.to_string()));
        }
        if let Some(w) = parts.weak_spots {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{} ", t!(lang, "tui-workshop-weak-spots")),
                    theme.warn(),
                ),
                Span::raw(w.to_string()),
            ]));
        }
        for (level, text) in &parts.levels {
            let label = qn.level(*level).map_or("", |l| l.label.as_str());
            lines.push(Line::from(vec![
                Span::styled(format!("{level} {label}: "), theme.heading()),
                Span::raw(text.to_string()),
            ]));
        }
        if !q.guidance.is_empty() {
            lines.push(Line::raw(""));
        }
        if !q.evidence.is_empty() {
            lines.push(Line::styled(
                t!(lang, "tui-workshop-typical-evidence"),
                theme.heading(),
            ));
            for e in &q.evidence {
                lines.push(Line::raw(format!("• {e}")));
            }
            lines.push(Line::raw(""));
        }
        if answer.recommendation.is_empty() {
            lines.push(Line::styled(
                t!(lang, "tui-workshop-recommendation"),
                theme.heading(),
            ));
            lines.push(Line::raw(q.recommendation.clone()));
        } else {
            // Replaced in the report by the assessor's, shown above; kept here for reference.
            lines.push(Line::styled(
                t!(lang, "tui-workshop-catalogue-recommendation"),
                theme.heading(),
            ));
            lines.push(Line::styled(q.recommendation.clone(), theme.dim()));
        }
        let links: Vec<String> = qn
            .crosswalks
            .iter()
            .filter_map(|fw| {
                let refs = q.crosswalk.get(&fw.id).filter(|r| !r.is_empty())?;
                Some(format!("{} {}", fw.title, refs.join(", ")))
            })
            .collect();
        if !links.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                t!(lang, "tui-workshop-crosswalk", links = &links.join(" · ")),
                theme.dim(),
            ));
        }
        // The whole scale, for reference: visible on a tall terminal, a scroll away on a small one.
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            t!(lang, "tui-workshop-scale"),
            theme.heading(),
        ));
        for l in &qn.scale {
            let chosen = s.maturity == Some(l.level);
            let label_style = if chosen {
                theme.selected()
            } else {
                theme.heading()
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{} {}: ", l.level, l.label), label_style),
                Span::styled(
                    l.description.clone(),
                    if chosen { Style::new() } else { theme.dim() },
                ),
            ]));
        }
        Paragraph::new(Text::from(lines))
            .style(theme.base())
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .render(area, buf);
    }
}

/// Actions on "the current question".
fn acts_on_question(action: Action) -> bool {
    matches!(
        action,
        Action::Maturity(_)
            | Action::NotApplicable
            | Action::Clear
            | Action::Notes
            | Action::Finding
            | Action::Recommendation
            | Action::Response
            | Action::SaidBy
            | Action::Evidence
            | Action::Owner
            | Action::Due
            | Action::Basis
            | Action::Park
            | Action::AssignOwner
            | Action::AcceptCarryOver
    )
}

/// The ISO 27001 carry-over suggested for a question not answered yet, if any.
fn suggestion(session: &Session, question: &str) -> Option<crate::iso27001::Suggestion> {
    if session
        .answers
        .get(question)
        .is_some_and(|a| a.response.is_answered())
    {
        return None;
    }
    let at = session.questionnaire.question(question)?;
    crate::iso27001::suggestion(&session.questionnaire, &at, &session.engagement.iso27001)
}

/// The scale's levels as they read for one question, one line each where the width allows:
/// the level and its label in a column, then the question's short descriptor (wrapped under
/// itself when it is longer than the room).
fn ladder(
    qn: &crate::questionnaire::Questionnaire,
    q: &crate::questionnaire::Question,
    chosen: Option<u8>,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let heads: Vec<String> = qn
        .scale
        .iter()
        .map(|l| format!("{} {}", l.level, l.label))
        .collect();
    let descriptors = qn.descriptors(q);
    let longest = descriptors
        .iter()
        .map(|(_, t)| t.chars().count())
        .max()
        .unwrap_or(0);
    // Two spaces after the labels, one where that would wrap a descriptor.
    let widest = heads.iter().map(|h| h.chars().count()).max().unwrap_or(0);
    let column = if width >= widest + 2 + longest {
        widest + 2
    } else {
        widest + 1
    };
    let room = width.saturating_sub(column);
    let mut lines = Vec::new();
    for ((level, text), head) in descriptors.into_iter().zip(heads) {
        let parts: Vec<String> = if room >= 12 {
            textwrap::wrap(&text, room)
                .into_iter()
                .map(|p| p.into_owned())
                .collect()
        } else {
            vec![text]
        };
        let picked = chosen == Some(level.level);
        for (i, part) in parts.into_iter().enumerate() {
            let lead = if i == 0 {
                format!("{head:<column$}")
            } else {
                " ".repeat(column)
            };
            lines.push(if picked {
                let pad = width.saturating_sub(column + part.chars().count());
                Line::styled(format!("{lead}{part}{}", " ".repeat(pad)), theme.selected())
            } else {
                Line::from(vec![Span::styled(lead, theme.heading()), Span::raw(part)])
            });
        }
    }
    lines
}

/// "Client   4 Measured  3 above the answer": the client's self-rating, and how far it is
/// from the assessor's level, the line marked when they are two levels or more apart.
fn client_line<'a>(
    own: &crate::survey::SelfRating,
    maturity: Option<u8>,
    qn: &crate::questionnaire::Questionnaire,
    lang: Lang,
    theme: &Theme,
) -> Line<'a> {
    use crate::survey::{FAR_APART, Rating};
    let rating = match own.rating {
        Rating::Level(l) => format!("{l} {}", qn.level(l).map_or("", |x| x.label.as_str())),
        Rating::NotApplicable => t!(lang, "tui-workshop-not-applicable"),
        Rating::Unrated => t!(lang, "tui-workshop-not-rated"),
    };
    let mut spans = vec![
        Span::styled(label(lang, "tui-label-client"), theme.heading()),
        Span::raw(crate::printable::printable(&rating).into_owned()),
        Span::styled(
            format!("  {}", t!(lang, "tui-workshop-self-assessment")),
            theme.dim(),
        ),
    ];
    if let (Some(c), Some(m)) = (own.level(), maturity)
        && c != m
    {
        let apart = c.abs_diff(m);
        let text = if c > m {
            t!(lang, "tui-workshop-above", count = u32::from(apart))
        } else {
            t!(lang, "tui-workshop-below", count = u32::from(apart))
        };
        let text = format!("  {text}");
        spans.push(if apart >= FAR_APART {
            Span::styled(text, theme.warn().add_modifier(Modifier::BOLD))
        } else {
            Span::styled(text, theme.dim())
        });
    }
    Line::from(spans)
}

/// The labels of the question pane, padded to one column per language.
const LABELS: [&str; 11] = [
    "tui-label-answer",
    "tui-label-suggest",
    "tui-label-carried",
    "tui-label-why",
    "tui-label-finding",
    "tui-label-response",
    "tui-label-said-by",
    "tui-label-parked",
    "tui-label-notes",
    "tui-label-evidence",
    "tui-label-client",
];

/// The width of the question pane's label column in `lang`: its widest label and a space,
/// at least 9 and at most [`LABEL_MAX`] (a longer label takes a space more than the column).
fn label_width(lang: Lang) -> usize {
    // Worked out once per language: every frame of the question pane asks.
    static WIDTHS: [std::sync::OnceLock<usize>; 3] = [const { std::sync::OnceLock::new() }; 3];
    *WIDTHS[lang as usize].get_or_init(|| {
        LABELS
            .iter()
            .map(|id| lang.t(id).chars().count() + 1)
            .max()
            .unwrap_or(0)
            .clamp(9, LABEL_MAX)
    })
}

/// The widest the label column gets: at 80 columns the answer's line must fit beside it.
const LABEL_MAX: usize = 11;

/// A label of the question pane, padded to the column (or followed by a space where it is
/// wider).
fn label(lang: Lang, id: &str) -> String {
    let width = label_width(lang);
    let text = lang.t(id);
    if text.chars().count() >= width {
        format!("{text} ")
    } else {
        format!("{text:<width$}")
    }
}

/// A status as the workshop shows it, in lower case beside the answer.
fn status_word(lang: Lang, status: crate::scoring::Status) -> String {
    use crate::scoring::Status;
    lang.t(match status {
        Status::Conforming => "tui-status-conforming",
        Status::Partial => "tui-status-partial",
        Status::Absent => "tui-status-absent",
        Status::Excluded => "tui-status-excluded",
        Status::NotAssessed => "tui-status-not-assessed",
    })
}

fn labelled<'a>(label: String, text: &str, theme: &Theme) -> Line<'a> {
    Line::from(vec![
        Span::styled(label, theme.heading()),
        Span::raw(text.to_string()),
    ])
}

#[allow(clippy::too_many_arguments)] // what the screen lends, one by one
fn render_picker(
    picker: &Picker,
    question: &str,
    session: &Session,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    keymap: &Keymap,
    lang: Lang,
) {
    let attendees = &session.engagement.attendees;
    let width = area.width.saturating_sub(4).min(64);
    let height = (attendees.len() as u16 + 4).min(area.height);
    let rect = super::modal::area(area, width, height, buf);
    let key = |a| keymap.key_label(Context::Picker, a).unwrap_or_default();
    let block = Block::bordered()
        .title(Line::styled(
            format!(" {} ", t!(lang, "tui-picker-title", question = question)),
            theme.heading(),
        ))
        .title_bottom(Line::styled(
            format!(
                " {} ",
                t!(
                    lang,
                    "tui-picker-keys",
                    tick = &key(Action::Toggle),
                    save = &key(Action::Save),
                    cancel = &key(Action::Cancel)
                )
            ),
            theme.dim(),
        ))
        .border_style(theme.key());
    let inner = block.inner(rect);
    block.render(rect, buf);
    let rows = usize::from(inner.height);
    // The cursor's row stays in view.
    let first = picker.selected.saturating_sub(rows.saturating_sub(1));
    let width = usize::from(inner.width);
    let lines: Vec<Line> = attendees
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, a)| {
            let ticked = picker.chosen.contains(&a.number);
            let text = fit(
                &format!(
                    "[{}] {:<4} {}",
                    if ticked { "x" } else { " " },
                    a.reference(),
                    a.describe()
                ),
                width,
            );
            if i == picker.selected {
                let pad = width.saturating_sub(text.chars().count());
                Line::styled(format!("{text}{}", " ".repeat(pad)), theme.selected())
            } else {
                Line::raw(text)
            }
        })
        .collect();
    Paragraph::new(lines).style(theme.base()).render(inner, buf);
}

fn render_offer(
    offer: &Offer,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    keymap: &Keymap,
    presenter: bool,
    lang: Lang,
) {
    let preview: String = if presenter && offer.field == Field::Notes {
        t!(lang, "tui-offer-hidden")
    } else {
        format!(
            "“{}”",
            offer.draft.text.chars().take(120).collect::<String>()
        )
    };
    let mut ask = YesNo::new(
        format!(" {} ", t!(lang, "tui-offer-title")),
        t!(
            lang,
            "tui-offer-question",
            field = &offer.field.noun(lang),
            question = &offer.draft.question_id
        ),
        t!(lang, "tui-offer-yes"),
        t!(lang, "tui-offer-no"),
    );
    ask.detail = vec![String::new(), preview];
    ask.stakes = Stakes::Choice;
    ask.width = 70;
    ask.render(area, buf, theme, keymap);
}

/// The text a field shows when its editor opens.
pub fn field_text(answer: &Answer, field: Field) -> String {
    match field {
        Field::Finding => answer.finding.clone(),
        Field::Recommendation => answer.recommendation.clone(),
        Field::Response => answer.management_response.clone(),
        Field::Notes => answer.notes.clone(),
        Field::Evidence => answer.evidence.join("\n"),
        Field::Owner => answer.owner.clone(),
        Field::Due => answer.due.map(|d| d.to_string()).unwrap_or_default(),
        Field::Justification => match &answer.response {
            Response::NotApplicable { justification } => justification.clone(),
            _ => String::new(),
        },
        Field::Narrative
        | Field::Jump
        | Field::Search
        | Field::Park
        | Field::Timebox
        | Field::Since
        | Field::Owners
        | Field::Value => String::new(),
    }
}

/// The jump's candidates for what is typed so far, best first, at the foot of the question
/// pane: Enter takes the first.
fn render_candidates(
    jump: &Jump,
    typed: &str,
    session: &Session,
    pane: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    lang: Lang,
) {
    let candidates = jump.candidates(typed);
    if typed.trim().is_empty() || pane.height < 4 {
        return;
    }
    let shown = candidates
        .len()
        .min(usize::from(pane.height / 2).clamp(1, 8));
    let height = shown.max(1) as u16 + 2;
    let area = Rect {
        x: pane.x + 1,
        y: pane.y + pane.height.saturating_sub(height),
        width: pane.width.saturating_sub(1),
        height: height.min(pane.height),
    };
    Clear.render(area, buf);
    let title = format!(
        " {} ",
        t!(lang, "tui-jump-matches", count = candidates.len())
    );
    let block = Block::bordered().title(title).border_style(theme.dim());
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let questions: Vec<_> = session.questionnaire.questions().collect();
    let lines: Vec<Line> = candidates
        .iter()
        .take(shown)
        .enumerate()
        .map(|(n, t)| {
            let at = questions.get(t.question);
            let what = match t.kind {
                navigate::TargetKind::Question => at
                    .map(|q| {
                        if q.question.topic.is_empty() {
                            q.requirement.title.clone()
                        } else {
                            q.question.topic.clone()
                        }
                    })
                    .unwrap_or_default(),
                navigate::TargetKind::Requirement => {
                    at.map(|q| q.requirement.title.clone()).unwrap_or_default()
                }
                navigate::TargetKind::Section => {
                    at.map(|q| q.section.title.clone()).unwrap_or_default()
                }
                navigate::TargetKind::Group => at
                    .map(|q| t!(lang, "tui-jump-group", reference = &q.requirement.reference))
                    .unwrap_or_default(),
            };
            let text = fit(&format!("{:<10} {what}", t.id), width);
            if n == 0 {
                Line::styled(text, theme.selected())
            } else {
                Line::raw(text)
            }
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
}

/// The current question's weak spots, in a box over the foot of the question pane.
fn render_weak_spots(
    q: &crate::questionnaire::Question,
    pane: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    keymap: &Keymap,
    lang: Lang,
) {
    let parts = split_guidance(&q.guidance);
    let none = t!(lang, "tui-weak-spots-none");
    let text = parts.weak_spots.unwrap_or(&none);
    let width = pane.width.saturating_sub(1);
    if width < 12 || pane.height < 4 {
        return;
    }
    let wrapped = textwrap::wrap(text, usize::from(width - 2));
    let height = (wrapped.len() as u16 + 2).min(pane.height);
    let area = Rect {
        x: pane.x + 1,
        y: pane.y + pane.height - height,
        width,
        height,
    };
    Clear.render(area, buf);
    let hide = keymap
        .key_label(Context::Workshop, Action::WeakSpots)
        .map(|k| format!(" {} ", t!(lang, "tui-weak-spots-title-key", key = &k)))
        .unwrap_or_else(|| format!(" {} ", t!(lang, "tui-weak-spots-title")));
    let block = Block::bordered()
        .title(Line::styled(hide, theme.warn()))
        .border_style(theme.warn());
    let inner = block.inner(area);
    block.render(area, buf);
    let lines: Vec<Line> = wrapped
        .into_iter()
        .map(|l| Line::raw(l.into_owned()))
        .collect();
    Paragraph::new(lines).style(theme.base()).render(inner, buf);
}

/// The related questions, numbered: one key each.
fn render_related(
    list: &[Related],
    card: &Scorecard,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    keymap: &Keymap,
    lang: Lang,
) {
    let height = (list.len() as u16 + 2).min(area.height);
    let area = Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height,
    };
    Clear.render(area, buf);
    let cancel = keymap
        .key_label(Context::Picker, Action::Cancel)
        .unwrap_or_default();
    let block = Block::bordered()
        .title(format!(
            " {} ",
            t!(
                lang,
                "tui-related-title",
                count = list.len(),
                cancel = &cancel
            )
        ))
        .border_style(theme.dim());
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = list
        .iter()
        .enumerate()
        .filter_map(|(n, r)| {
            let s = card.questions.get(r.question)?;
            let why = match &r.why {
                Why::Prerequisite => t!(lang, "tui-related-first"),
                Why::Dependent => t!(lang, "tui-related-waits"),
                Why::Crosswalk(refs) => t!(lang, "tui-related-also", refs = &refs.join(", ")),
            };
            let topic = if s.at.question.topic.is_empty() {
                s.at.requirement.title.as_str()
            } else {
                s.at.question.topic.as_str()
            };
            Some(Line::from(vec![
                Span::styled(format!("{} ", n + 1), theme.key()),
                Span::raw(fit(
                    &format!("{:<10} {topic} · {why}", s.at.question.id),
                    width.saturating_sub(2),
                )),
            ]))
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
}

/// The footer while the workshop shows a search's matches.
pub const RESULTS_HINTS: &[Action] = &[
    Action::NextMatch,
    Action::PreviousMatch,
    Action::Maturity(0),
    Action::Search,
    Action::Jump,
    Action::JumpBack,
    Action::Related,
    Action::Back,
    Action::Help,
    Action::Quit,
];

impl Screen for Workshop {
    fn keys(&self) -> Context {
        if !self.offers.is_empty() {
            Context::Confirm
        } else if let Some(b) = &self.editing {
            b.keys()
        } else if self.picking.is_some() || self.related.is_some() {
            Context::Picker
        } else {
            Context::Workshop
        }
    }

    /// While a search shows its matches, the [results] table comes before the workshop's.
    fn action(&self, keymap: &Keymap, key: &KeyEvent) -> Option<Action> {
        let context = self.keys();
        let results = (context == Context::Workshop && self.searching())
            .then(|| keymap.action(Context::Results, key))
            .flatten();
        results.or_else(|| keymap.action(context, key))
    }

    fn takes_text(&self) -> bool {
        self.offers.is_empty() && self.editing.is_some()
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        let session = cx.session?;
        self.presenter = cx.theme.presenter;
        self.lang = cx.lang;
        if let Some(b) = &mut self.editing {
            b.lang = cx.lang;
        }
        if self.keys() != Context::Workshop {
            return self.handle_modal(input, session, cx.keymap);
        }
        self.act(input.action()?, session, cx.theme)
    }

    fn reply(&mut self, reply: Reply, cx: &Shared) {
        let Some(session) = cx.session else {
            return;
        };
        match reply {
            Reply::AnswerSaved { advance } => {
                self.editing = None;
                if advance {
                    self.advance(session);
                }
            }
            Reply::ShowQuestion(question) => self.go_to_question(session, &question),
            Reply::PointParked => self.editing = None,
            Reply::Refused(why) => {
                if let Some(b) = &mut self.editing {
                    b.message = Some(why);
                }
            }
            _ => {}
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        if let Some(session) = cx.session {
            self.lang = cx.lang;
            if let Some(b) = &mut self.editing {
                b.lang = cx.lang;
            }
            self.draw(area, buf, session, cx.theme, cx.keymap);
        }
    }

    fn hints(&self) -> &'static [Action] {
        if self.related.is_some() && self.editing.is_none() && self.offers.is_empty() {
            return &[Action::Cancel];
        }
        match self.keys() {
            Context::Workshop => &[
                Action::Maturity(0),
                Action::NotApplicable,
                Action::WeakSpots,
                Action::Finding,
                Action::Recommendation,
                Action::Response,
                Action::Notes,
                Action::Jump,
                Action::Search,
                Action::NextUnanswered,
                Action::Park,
                Action::Filter,
                Action::Undo,
                Action::Dashboard,
                Action::Roadmap,
                Action::Export,
                Action::Presenter,
                Action::Help,
                Action::Quit,
            ],
            other => super::screen::shared_hints(other),
        }
    }

    fn help(&self) -> &'static [Context] {
        &[
            Context::Workshop,
            Context::Results,
            Context::Global,
            Context::Editor,
            Context::Picker,
            Context::Export,
            Context::Confirm,
        ]
    }
}
