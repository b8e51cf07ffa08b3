//! The application: which screen is showing, the loop, and the commands that touch the store.
//!
//! key → keymap → action → screen → command → store → message → draw. Screens never write to
//! the store themselves; a command that fails leaves the session as it was and says why, so
//! nothing is shown as saved that is not.
//!
//! Between keys the idle loop calls [`App::tick`]: text typed into a box is kept as a draft
//! once typing pauses (never waiting on another program's lock), and changes that other
//! programs made to the file are read and shown. Another window's newer answer or text is
//! never overwritten unawares: saves are compare-and-set.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jiff::civil::Date;
use ratatui::Frame;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::agenda::Agenda;
use super::changed::{Changed, Showing};
pub use super::command::{Command, Kind, Message, Now, Today, View};
use super::dashboard::Dashboard;
use super::editor::{Field, TextBox, WHOLE_ASSESSMENT};
use super::export::ExportDialog;
use super::help::Help;
use super::home::Home;
use super::keymap::{Action, Context, Keymap};
use super::points::Points;
use super::roadmap::Roadmap;
use super::screen::{Input, Reply, Screen, Shared};
use super::theme::Theme;
use super::timing::Timing;
use super::workshop::{Workshop, field_text};
use crate::assessment::{Answer, Response, validate_answer};
use crate::files::{Protected, write_output_now};
use crate::overview;
use crate::printable::fit;
use crate::printable::is_unsafe;
use crate::questionnaire::catalog::Catalog;
use crate::report::{Format, Privacy, Report};
use crate::scoring::percent;
use crate::session::Session;
use crate::store::{Store, StoreError};

/// The setting that remembers the folder of the last export.
pub const EXPORT_DIR_SETTING: &str = "export.dir";
/// The setting that remembers the format of the last export.
pub const EXPORT_FORMAT_SETTING: &str = "export.format";

/// What has the keys, and is drawn on top: an overlay or the screen of a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layer {
    Help,
    Export,
    View(View),
}

/// An assessment being worked on.
#[derive(Debug)]
pub struct Open {
    pub session: Session,
    pub workshop: Workshop,
    pub dashboard: Dashboard,
    /// Built when the roadmap is shown: it does not change while it is showing.
    pub roadmap: Option<Roadmap>,
    pub record: super::record::Record,
    pub points: Points,
    pub agenda: Agenda,
    /// Built when changes or a question's history are shown.
    pub changed: Option<Changed>,
    /// Built when the check is shown, and again when the answers change under it.
    pub check: Option<super::check::Check>,
    /// The sitting under way, and the clock's figures.
    pub timing: Timing,
    /// (question, the answer before the change, the answer written), most recent last.
    /// Each change is one group: a single answer, or the owner given to many at once.
    undo: Vec<Vec<(String, Answer, Answer)>>,
}

/// How long typing must pause before the text in a box is kept as a draft.
pub const DRAFT_PAUSE: Duration = Duration::from_millis(300);
/// The longest text typed without a pause goes without being kept as a draft.
pub const DRAFT_AT_MOST: Duration = Duration::from_secs(2);
/// How often an idle screen looks for changes made by other programs.
pub const LOOK_EVERY: Duration = Duration::from_millis(500);
/// How long keeping a draft or reading changes waits for another program's lock: the
/// screen never waits longer for the file while typing.
const DRAFT_WAIT: Duration = Duration::from_millis(20);
/// How long saving an answer waits for another program's lock before saying it was not saved.
pub const SAVE_WAIT: Duration = Duration::from_secs(1);
/// How often a draft held back by a lock is tried again.
const RETRY_EVERY: Duration = Duration::from_secs(1);

/// Text typed into a box and not yet kept as a draft: the box holds it.
#[derive(Debug, Clone)]
struct PendingDraft {
    assessment: i64,
    question: String,
    field: &'static str,
    /// The first change not yet kept.
    first: Instant,
    /// The last change.
    last: Instant,
    /// When keeping it last failed because another program held the lock.
    locked: Option<Instant>,
}

impl PendingDraft {
    fn due(&self) -> Instant {
        match self.locked {
            Some(at) => at + RETRY_EVERY,
            None => (self.last + DRAFT_PAUSE).min(self.first + DRAFT_AT_MOST),
        }
    }
}

pub struct App {
    pub store: Store,
    catalog: Catalog,
    pub keymap: Keymap,
    pub theme: Theme,
    pub view: View,
    pub home: Home,
    pub open: Option<Open>,
    pub help: Option<Help>,
    /// The export dialog, over the current screen.
    pub export: Option<ExportDialog>,
    pub message: Option<Message>,
    pub quit: bool,
    today: Today,
    /// The time, for the workshop clock.
    now: Now,
    /// The file's `data_version` when the screens last read it: it moves when another
    /// program changes the file, and the screens are read again.
    seen: Option<i64>,
    /// Text typed into the open box and not yet kept as a draft.
    pending: Option<PendingDraft>,
    /// The open box's question and field, and the field's stored text when the box opened:
    /// saving over text that another window changed meanwhile is refused.
    base: Option<(String, Field, String)>,
    /// Where text typed for a deleted assessment was kept: (question, field, file).
    rescued: Option<(String, &'static str, PathBuf)>,
    /// A line to print once the screen is given back.
    parting: Option<String>,
}

impl App {
    /// An app whose date is always `today`.
    pub fn new(store: Store, catalog: Catalog, keymap: Keymap, theme: Theme, today: Date) -> App {
        App::dated(store, catalog, keymap, theme, Today::Fixed(today))
    }

    pub fn dated(
        store: Store,
        catalog: Catalog,
        keymap: Keymap,
        theme: Theme,
        today: Today,
    ) -> App {
        let mut store = store;
        // A save waits a little for another program's write, never long.
        let _ = store.set_busy_timeout(SAVE_WAIT);
        let seen = store.data_version().ok();
        let mut app = App {
            store,
            catalog,
            keymap,
            theme,
            view: View::Home,
            home: Home::default(),
            open: None,
            help: None,
            export: None,
            message: None,
            quit: false,
            today,
            now: match today {
                Today::Clock => Now::Clock,
                // Tests and snapshots: nine in the morning that day, moved on with `set_now`.
                Today::Fixed(d) => Now::Fixed(
                    d.at(9, 0, 0, 0)
                        .to_zoned(jiff::tz::TimeZone::UTC)
                        .map_or(jiff::Timestamp::UNIX_EPOCH, |z| z.timestamp()),
                ),
            },
            seen,
            pending: None,
            base: None,
            rescued: None,
            parting: None,
        };
        app.refresh_home();
        app
    }

    /// Reloads the list of assessments, with their figures.
    pub fn refresh_home(&mut self) {
        // Listing may save figures (a cache): never worth waiting for another program. The
        // figures come from the store when they still hold (see `overview`), so this costs
        // about the same with one assessment or years of them.
        let catalog = &self.catalog;
        let listed = self
            .store
            .waiting_at_most(DRAFT_WAIT, |store| overview::list(store, catalog));
        match listed {
            Ok(listed) => self.home.show(listed),
            Err(e) => self.say(Message::error(format!("Cannot list assessments: {e}"))),
        }
    }

    /// Sets the time from now on (tests move the clock with it).
    pub fn set_now(&mut self, now: jiff::Timestamp) {
        self.now = Now::Fixed(now);
    }

    /// The section of the question on screen: only the workshop shows one.
    fn section_on_screen(&self) -> Option<String> {
        let open = self.open.as_ref()?;
        if self.view != View::Workshop {
            return None;
        }
        open.session
            .questionnaire
            .questions()
            .nth(open.workshop.cursor)
            .map(|q| q.section.id.clone())
    }

    /// The section of the workshop's current question, whatever the screen.
    fn current_section(&self) -> Option<String> {
        let open = self.open.as_ref()?;
        open.session
            .questionnaire
            .questions()
            .nth(open.workshop.cursor)
            .map(|q| q.section.id.clone())
    }

    /// Counts the time since the last look toward the section that was on screen (`key`: a
    /// key was just pressed). Returns
    /// whether the clock as shown moved; saves the sitting when a save is due (never waiting
    /// for another program's lock: the next one takes it).
    fn observe_clock(&mut self, key: bool) -> bool {
        let now = self.now.timestamp();
        let on = self.section_on_screen();
        let Some(open) = self.open.as_mut() else {
            return false;
        };
        let moved = open.timing.observe(now, on.as_deref(), key);
        if open.timing.save_due(now) {
            let id = open.session.assessment.id;
            let timing = &mut open.timing;
            let _ = self
                .store
                .waiting_at_most(DRAFT_WAIT, |store| timing.save(store, id));
        }
        moved
    }

    /// The sitting ends (leaving the assessment): its time is counted and saved.
    fn end_sitting(&mut self) {
        self.observe_clock(false);
        if let Some(open) = self.open.as_mut() {
            let id = open.session.assessment.id;
            let timing = &mut open.timing;
            let _ = self
                .store
                .waiting_at_most(SAVE_WAIT, |store| timing.save(store, id));
        }
    }

    pub fn say(&mut self, message: Message) {
        self.message = Some(message);
    }

    /// Remembers the question the open assessment is left on, so that opening it again goes
    /// back there. A convenience: never worth waiting for another program's lock.
    fn remember_position(&mut self) {
        let Some(open) = &self.open else {
            return;
        };
        let id = open.session.assessment.id;
        let question = open.workshop.question_id(&open.session);
        if question.is_empty() {
            return;
        }
        let _ = self
            .store
            .waiting_at_most(DRAFT_WAIT, |store| store.set_last_question(id, &question));
    }

    /// Opens an assessment in the workshop.
    pub fn open_assessment(&mut self, id: i64) -> Result<(), String> {
        let session = Session::open(&self.store, &self.catalog, id).map_err(|e| e.to_string())?;
        let drafts = self.store.drafts(id).map_err(|e| e.to_string())?;
        let notice = session.change_notice();
        let narrative = drafts
            .iter()
            .find(|d| d.question_id == WHOLE_ASSESSMENT && d.field == "narrative")
            .map(|d| d.text.clone());
        // Where the assessment was left, if that question is still asked.
        let last = self.store.last_question(id).ok().flatten();
        let workshop = Workshop::new(&session, drafts, last.as_deref());
        let on = session
            .questionnaire
            .questions()
            .nth(workshop.cursor)
            .map(|q| q.section.id.clone());
        let timing = Timing::start(
            &self.store,
            id,
            self.now.timestamp(),
            on.as_deref(),
            !session.engagement.is_final(),
        );
        self.open = Some(Open {
            session,
            workshop,
            dashboard: Dashboard::new(narrative),
            roadmap: None,
            record: super::record::Record::new(View::Workshop),
            points: Points::default(),
            agenda: Agenda::default(),
            changed: None,
            check: None,
            timing,
            undo: Vec::new(),
        });
        self.view = View::Workshop;
        self.message = notice.map(Message::info);
        Ok(())
    }

    pub fn handle_event(&mut self, event: Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                self.handle_key(&key);
                self.follow_editor();
            }
            Event::Paste(text) => {
                self.paste(&text);
                self.follow_editor();
            }
            // A resize needs nothing but the redraw that follows every event.
            _ => {}
        }
        self.observe_clock(true);
        // Text typed on and on without a pause is kept every few seconds all the same.
        let now = Instant::now();
        if self
            .pending
            .as_ref()
            .is_some_and(|p| p.locked.is_none() && now >= p.first + DRAFT_AT_MOST)
        {
            self.keep_draft(DRAFT_WAIT);
        }
    }

    /// What the idle screen does between keys: keeps the text being typed as a draft once
    /// typing has paused, and shows changes that other programs made to the file. Returns
    /// whether the screen needs drawing again.
    pub fn tick(&mut self, now: Instant) -> bool {
        let mut changed = false;
        if self.pending.as_ref().is_some_and(|p| now >= p.due()) {
            self.keep_draft(DRAFT_WAIT);
            changed = true;
        }
        changed |= self.observe_clock(false);
        changed | self.notice_changes()
    }

    /// How long the loop may wait for a key before calling [`App::tick`].
    pub fn idle_wait(&self, now: Instant) -> Duration {
        match &self.pending {
            Some(p) => p.due().saturating_duration_since(now).min(LOOK_EVERY),
            None => LOOK_EVERY,
        }
    }

    /// Whether text typed in the open box is still waiting to be kept as a draft.
    pub fn draft_waiting(&self) -> bool {
        self.pending.is_some()
    }

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
        let what = format!("the text being typed ({field} of {question})");
        self.parting = Some(match self.rescue(id, &question, field, &text) {
            Ok(path) => format!(
                "The file was locked by another program, so {what} was kept in {}",
                path.display()
            ),
            Err(e) => format!(
                "The file was locked by another program, and {what} could not be kept: {e:#}"
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
    fn typed_in_box(&self) -> Option<(i64, String, &'static str, String)> {
        let open = self.open.as_ref()?;
        let (question, b) = open_box(open)?;
        let field = b.field.draft_name()?;
        let text = b.text();
        (!text.trim().is_empty()).then_some((open.session.assessment.id, question, field, text))
    }

    /// Notes which box is open and what its field held when it opened.
    fn follow_editor(&mut self) {
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
    fn keep_draft(&mut self, wait: Duration) {
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
                    self.say(Message::ok("The file is free again: your text is kept"));
                }
            }
            Err(StoreError::Locked { .. }) => {
                pending.locked = Some(Instant::now());
                self.pending = Some(pending);
                self.say(Message::error(
                    "The file is locked by another program: your text is kept here and saved once it is free",
                ));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(format!("Draft not kept: {e}"))),
        }
    }

    /// Reads the screens again when another program changed the file since they were read.
    fn notice_changes(&mut self) -> bool {
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
                ))
            };
            match read() {
                Ok((assessment, answers, inclusions, engagement)) => {
                    open.session.assessment = assessment;
                    open.session.answers = answers;
                    open.session.inclusions = inclusions;
                    open.session.engagement = engagement;
                    self.tell(View::Record, Reply::RecordChanged);
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
                    if self.message.as_ref().is_none_or(|m| m.kind != Kind::Error) {
                        self.say(Message::info("Showing the changes made in another window"));
                    }
                }
                Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
                Err(e) => self.say(Message::error(format!(
                    "Cannot read the changes made in another window: {e}"
                ))),
            }
        }
        if self.view == View::Home {
            self.refresh_home();
        }
    }

    /// The open assessment was deleted by another program. Text typed in a box is kept in a
    /// file next to the database (and stays in the box); with none, the screen goes home.
    fn assessment_gone(&mut self) {
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let id = open.session.assessment.id;
        self.pending = None;
        let Some((_, question, field, text)) = self.typed_in_box() else {
            self.open = None;
            self.view = View::Home;
            self.refresh_home();
            self.say(Message::error(format!(
                "Assessment {id} was deleted in another window"
            )));
            return;
        };
        let gone = format!(
            "Assessment {id} was deleted in another window, so nothing can be saved to it."
        );
        let message = match self.rescue(id, &question, field, &text) {
            Ok(path) => format!(
                "{gone} What you typed ({field} of {question}) is kept in {} and stays in the box",
                path.display()
            ),
            Err(e) => format!(
                "{gone} What you typed ({field} of {question}) stays in the box: copy it out before leaving (no copy could be written: {e:#})"
            ),
        };
        self.say(Message::error(message));
    }

    /// Writes text typed for a deleted assessment to a file of its own beside the database,
    /// readable by its owner only; the same question and field go on replacing one file.
    fn rescue(
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

    /// Pasted text (the terminal marks it, with bracketed paste) goes into the text box that
    /// has the keys, as text; anywhere else it is ignored: it is never read as keys.
    pub fn paste(&mut self, text: &str) {
        let chars = text.chars().count();
        let taken = self
            .with(self.top(), |screen, cx| {
                screen
                    .takes_text()
                    .then(|| screen.handle(Input::Paste(text), cx))
            })
            .flatten();
        match taken {
            Some(Some(command)) => self.execute(command),
            Some(None) => {}
            None => {
                let hint = match self.view {
                    View::Workshop => self
                        .keymap
                        .key_label(Context::Workshop, Action::Notes)
                        .map(|k| format!(": open a text box first ({k} for the notes)"))
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                self.say(Message::info(format!(
                    "Pasted text ignored ({chars} character{}), nothing here takes text{hint}",
                    if chars == 1 { "" } else { "s" }
                )));
            }
        }
    }

    /// A global key that is not text (ctrl-c, f1) acts the same inside text boxes, forms and
    /// dialogs as on the screens, unless the box binds it itself. `context` is the table of
    /// whatever has the keys.
    fn global_chord(&self, key: &KeyEvent, context: Context) -> Option<Action> {
        use ratatui::crossterm::event::{KeyCode, KeyModifiers};
        let chord = key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            || matches!(key.code, KeyCode::F(_));
        if !chord || (context != Context::Global && self.keymap.action(context, key).is_some()) {
            return None;
        }
        self.keymap
            .action(Context::Global, key)
            .filter(|a| matches!(a, Action::Quit | Action::Help | Action::Presenter))
    }

    /// The screen showing, as every screen describes itself.
    fn screen(&self) -> Option<&dyn Screen> {
        match self.view {
            View::Home => Some(&self.home),
            View::Workshop => Some(&self.open.as_ref()?.workshop),
            View::Dashboard => Some(&self.open.as_ref()?.dashboard),
            View::Roadmap => Some(self.open.as_ref()?.roadmap.as_ref()?),
            View::Record => Some(&self.open.as_ref()?.record),
            View::Points => Some(&self.open.as_ref()?.points),
            View::Agenda => Some(&self.open.as_ref()?.agenda),
            View::Changes => Some(self.open.as_ref()?.changed.as_ref()?),
            View::Check => Some(self.open.as_ref()?.check.as_ref()?),
        }
    }

    /// Whatever has the keys: the export dialog over the screen, else the screen.
    fn focused(&self) -> Option<&dyn Screen> {
        match &self.export {
            Some(dialog) => Some(dialog),
            None => self.screen(),
        }
    }

    /// The table of whatever has the keys over the screen (help aside), if something does.
    fn modal_context(&self) -> Option<Context> {
        let context = self.focused()?.keys();
        (context != self.view.context()).then_some(context)
    }

    /// What has the keys: help, else the export dialog, else the screen.
    fn top(&self) -> Layer {
        if self.help.is_some() {
            Layer::Help
        } else if self.export.is_some() {
            Layer::Export
        } else {
            Layer::View(self.view)
        }
    }

    /// Calls `f` with a screen or overlay and what it is lent; `None` when it is not there.
    fn with<R>(
        &mut self,
        layer: Layer,
        f: impl FnOnce(&mut dyn Screen, &Shared) -> R,
    ) -> Option<R> {
        let App {
            home,
            open,
            help,
            export,
            keymap,
            theme,
            catalog,
            today,
            ..
        } = self;
        let (screen, (session, timing)): (&mut dyn Screen, (Option<&Session>, Option<&Timing>)) =
            match layer {
                Layer::Help => (help.as_mut()?, lent(open.as_ref())),
                Layer::Export => (export.as_mut()?, lent(open.as_ref())),
                Layer::View(View::Home) => (home, lent(open.as_ref())),
                Layer::View(view) => {
                    let Open {
                        session,
                        workshop,
                        dashboard,
                        roadmap,
                        record,
                        points,
                        agenda,
                        changed,
                        check,
                        timing,
                        ..
                    } = open.as_mut()?;
                    let screen: &mut dyn Screen = match view {
                        View::Workshop => workshop,
                        View::Dashboard => dashboard,
                        View::Roadmap => roadmap.as_mut()?,
                        View::Record => record,
                        View::Points => points,
                        View::Agenda => agenda,
                        View::Changes => changed.as_mut()?,
                        View::Check => check.as_mut()?,
                        View::Home => return None,
                    };
                    (screen, (Some(&*session), Some(&*timing)))
                }
            };
        let cx = Shared {
            keymap,
            theme,
            session,
            catalog,
            today: *today,
            timing,
        };
        Some(f(screen, &cx))
    }

    /// Tells a screen what became of a command it asked for.
    fn tell(&mut self, view: View, reply: Reply) {
        self.with(Layer::View(view), |screen, cx| screen.reply(reply, cx));
    }

    pub fn handle_key(&mut self, key: &KeyEvent) {
        let over = match self.help {
            Some(_) => Some(Context::Global),
            None => self.modal_context(),
        };
        if let Some(context) = over
            && let Some(action) = self.global_chord(key, context)
        {
            match action {
                // What is being typed is kept as a draft, and offered back next time.
                Action::Quit => self.execute(Command::Quit),
                Action::Help if self.help.is_some() => self.help = None,
                Action::Presenter if self.editing_notes() => self.say(Message::info(
                    "Leave the notes box first (save or cancel) to switch presenter mode",
                )),
                other => {
                    if let Some(c) = self.act(other) {
                        self.execute(c);
                    }
                }
            }
            return;
        }
        let top = self.top();
        let action = self
            .with(top, |screen, cx| screen.action(cx.keymap, key))
            .flatten();
        // Help, presenter mode and quitting, bound on a screen's own table, are the app's.
        if let (Layer::View(_), Some(a @ (Action::Help | Action::Presenter | Action::Quit))) =
            (top, action)
        {
            if let Some(c) = self.act(a) {
                self.execute(c);
            }
            return;
        }
        let command = self
            .with(top, |screen, cx| {
                screen.handle(Input::Key { action, key }, cx)
            })
            .flatten();
        if let Some(c) = command {
            self.execute(c);
        }
    }

    /// A notes box is open (presenter mode would show what it hides).
    fn editing_notes(&self) -> bool {
        self.open
            .as_ref()
            .and_then(|o| o.workshop.editing.as_ref())
            .is_some_and(|b| b.field == super::editor::Field::Notes)
    }

    /// The actions that are the application's, on every screen.
    fn act(&mut self, action: Action) -> Option<Command> {
        match action {
            Action::Help => {
                self.help = Some(Help::new(self.view_contexts()));
                None
            }
            Action::Presenter => {
                self.theme.presenter = !self.theme.presenter;
                Some(Command::Notify(Message::info(if self.theme.presenter {
                    "Presenter mode: high contrast, private notes hidden"
                } else {
                    "Presenter mode off"
                })))
            }
            Action::Quit => Some(Command::Quit),
            _ => None,
        }
    }

    /// The key tables that apply on the current screen, for the help overlay.
    fn view_contexts(&self) -> Vec<Context> {
        self.screen()
            .map_or(&[self.view.context(), Context::Global][..], |s| s.help())
            .to_vec()
    }

    pub fn execute(&mut self, command: Command) {
        match command {
            Command::Notify(m) => self.say(m),
            Command::Close(m) => {
                if self.help.take().is_none() {
                    self.export = None;
                }
                if let Some(m) = m {
                    self.say(m);
                }
            }
            Command::Quit => {
                // Text typed a moment ago is kept as a draft, waiting for a lock as usual.
                self.keep_typed_text();
                self.end_sitting();
                // Leaving: the open assessment's figures are saved as they stand, so that the
                // next start lists it without parsing its questionnaire to score it again.
                self.remember_position();
                // A cache: never worth waiting for another program's lock.
                if let Some(open) = &self.open {
                    let _ = self.store.waiting_at_most(DRAFT_WAIT, |store| {
                        overview::remember(store, &open.session)
                    });
                }
                self.quit = true;
            }
            Command::GoHome => {
                self.end_sitting();
                self.remember_position();
                self.open = None;
                self.view = View::Home;
                self.refresh_home();
            }
            Command::ShowDashboard => {
                if self.open.is_some() {
                    self.view = View::Dashboard;
                }
            }
            Command::ShowWorkshop => {
                if self.open.is_some() {
                    self.view = View::Workshop;
                }
            }
            Command::ShowRoadmap => self.show_roadmap(),
            Command::ShowRecord => {
                let from = self.view;
                if let Some(open) = self.open.as_mut() {
                    open.record = super::record::Record::new(from);
                    self.view = View::Record;
                }
            }
            Command::OpenQuestion(question) => {
                let from = self.view;
                if self.open.is_some() {
                    self.tell(View::Workshop, Reply::ShowQuestion(question.clone()));
                    self.view = View::Workshop;
                    let (action, to) = match from {
                        View::Points => (Action::Points, "the open points"),
                        View::Changes => (Action::Changes, "the changes"),
                        View::Check => (Action::Check, "the check"),
                        _ => (Action::Roadmap, "the roadmap"),
                    };
                    let back = self
                        .keymap
                        .key_label(Context::Workshop, action)
                        .map(|k| format!(" ({k} goes back to {to})"))
                        .unwrap_or_default();
                    self.say(Message::info(format!("{question}{back}")));
                }
            }
            Command::ShowExport => self.show_export(),
            Command::ShowCheck => self.show_check(),
            Command::ShowPoints => {
                if self.open.is_some() {
                    self.view = View::Points;
                    self.tell(View::Points, Reply::RecordChanged);
                }
            }
            Command::ShowAgenda => {
                let current = self.current_section();
                if let Some(open) = self.open.as_mut() {
                    let rows = open.timing.agenda(&open.session.questionnaire);
                    open.agenda = Agenda::new(&rows, current.as_deref());
                    self.view = View::Agenda;
                }
            }
            Command::ShowChanges => {
                let showing = match self.open.as_ref().and_then(|o| o.timing.previous_end) {
                    Some(t) => Showing::Since(
                        crate::changes::Since::Time(t),
                        format!(
                            "since the last sitting ended ({})",
                            t.strftime("%Y-%m-%d %H:%M")
                        ),
                    ),
                    None => Showing::Since(
                        crate::changes::Since::LastChangeBy(self.store.author().to_string()),
                        "since your last change".to_string(),
                    ),
                };
                self.show_changes(showing);
            }
            Command::ShowHistory(question) => self.show_changes(Showing::Question(question)),
            Command::Park { question, text } => self.park(question, text),
            Command::ResolvePoint(question) => self.resolve_point(question),
            Command::SetTimebox { section, minutes } => self.set_timebox(section, minutes),
            Command::Export { format, path } => self.export(format, &path),
            Command::Open(id) => {
                if let Err(e) = self.open_assessment(id) {
                    self.say(Message::error(format!("Cannot open assessment {id}: {e}")));
                }
            }
            Command::SetAnswer {
                question,
                answer,
                advance,
            } => self.set_answer(question, answer, advance, true),
            Command::Undo => self.undo(),
            Command::SetOwners { questions, owner } => self.set_owners(&questions, &owner),
            Command::SetNarrative(text) => self.set_narrative(&text),
            Command::SaveAttendee { number, name, role } => {
                let name_shown = name.clone();
                self.change_record(
                    number.map(super::record::Entry::Attendee),
                    move |store, id| {
                        Ok(match number {
                            None => Some(super::record::Entry::Attendee(
                                store.add_attendee(id, &name, &role)?,
                            )),
                            Some(n) => store
                                .update_attendee(id, n, &name, &role)?
                                .then_some(super::record::Entry::Attendee(n)),
                        })
                    },
                    &name_shown,
                );
            }
            Command::SaveDocument {
                number,
                title,
                version,
                date,
            } => {
                let title_shown = title.clone();
                self.change_record(
                    number.map(super::record::Entry::Document),
                    move |store, id| {
                        Ok(match number {
                            None => Some(super::record::Entry::Document(
                                store.add_document(id, &title, &version, date)?,
                            )),
                            Some(n) => store
                                .update_document(id, n, &title, &version, date)?
                                .then_some(super::record::Entry::Document(n)),
                        })
                    },
                    &title_shown,
                );
            }
            Command::RemoveEntry {
                entry,
                clear_citations,
            } => self.remove_entry(entry, clear_citations),
            Command::SaveDraft { question, field } => {
                let Some(id) = self.open.as_ref().map(|o| o.session.assessment.id) else {
                    return;
                };
                let now = Instant::now();
                match &mut self.pending {
                    Some(p) if p.assessment == id && p.question == question && p.field == field => {
                        p.last = now;
                    }
                    _ => {
                        self.keep_draft(DRAFT_WAIT);
                        self.pending = Some(PendingDraft {
                            assessment: id,
                            question,
                            field,
                            first: now,
                            last: now,
                            locked: None,
                        });
                    }
                }
            }
            Command::DiscardDrafts { question } => {
                let Some(id) = self.open.as_ref().map(|o| o.session.assessment.id) else {
                    return;
                };
                if self
                    .pending
                    .as_ref()
                    .is_some_and(|p| p.question == question)
                {
                    self.pending = None;
                }
                let discarded = self
                    .store
                    .waiting_at_most(DRAFT_WAIT, |store| store.discard_drafts(id, &question));
                match discarded {
                    // Deleted with its assessment, or offered again next time: no harm.
                    Ok(()) | Err(StoreError::NoAssessment(_) | StoreError::Locked { .. }) => {}
                    Err(e) => self.say(Message::error(format!("Draft not discarded: {e}"))),
                }
            }
            Command::Create { new, questionnaire } => {
                let created = self
                    .catalog
                    .resolve(&questionnaire)
                    .map_err(|e| e.to_string())
                    .and_then(|(q, origin)| {
                        new.validate(&q).map_err(|e| e.to_string())?;
                        let path = match origin {
                            crate::questionnaire::catalog::Origin::File(p) => {
                                Some(p.display().to_string())
                            }
                            crate::questionnaire::catalog::Origin::BuiltIn => None,
                        };
                        self.store
                            .create_assessment(&new, &q, path.as_deref())
                            .map_err(|e| e.to_string())
                    });
                match created {
                    Ok(id) => {
                        self.tell(View::Home, Reply::Created(id));
                        self.refresh_home();
                        self.execute(Command::Open(id));
                    }
                    Err(e) => self.say(Message::error(format!("Not created: {e}"))),
                }
            }
            Command::Duplicate { source, new } => {
                // The copy keeps its source's questionnaire: the target must fit its scale.
                let copied = crate::session::Session::open(&self.store, &self.catalog, source)
                    .map_err(|e| e.to_string())
                    .and_then(|s| new.validate(&s.questionnaire).map_err(|e| e.to_string()))
                    .and_then(|()| {
                        self.store
                            .duplicate_assessment(source, &new)
                            .map_err(|e| e.to_string())
                    });
                match copied {
                    Ok(id) => {
                        self.refresh_home();
                        self.tell(View::Home, Reply::Copied(id));
                        self.say(Message::ok(format!(
                            "Created assessment {id} from a copy of assessment {source}'s answers"
                        )));
                    }
                    Err(e) => self.say(Message::error(format!("Not copied: {e}"))),
                }
            }
            Command::Delete(id) => match self.store.delete_assessment(id) {
                Ok(()) => {
                    self.refresh_home();
                    self.say(Message::ok(format!("Deleted assessment {id}")));
                }
                Err(e) => self.say(Message::error(format!("Not deleted: {e}"))),
            },
        }
    }

    /// Reads the history and shows the changes screen.
    fn show_changes(&mut self, showing: Showing) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        match self.store.history(open.session.assessment.id, None) {
            Ok(history) => {
                open.changed = Some(Changed::new(showing, history, self.store.author()));
                self.view = View::Changes;
            }
            Err(e) => self.say(Message::error(format!("Cannot read the history: {e}"))),
        }
    }

    /// Parks the current question with a text (its open point, new or replaced).
    fn park(&mut self, question: String, text: String) {
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
                    .map(|k| format!(" ({k} lists them)"))
                    .unwrap_or_default();
                self.say(Message::ok(format!(
                    "Parked {question}; {n} open point{}{list}",
                    if n == 1 { "" } else { "s" }
                )));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => {
                let text = format!("NOT SAVED — {e}");
                self.tell(View::Workshop, Reply::Refused(text.clone()));
                self.say(Message::error(text));
            }
        }
    }

    fn resolve_point(&mut self, question: String) {
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
                    Message::ok(format!(
                        "Resolved {question}; {n} open point{} left",
                        if n == 1 { "" } else { "s" }
                    ))
                } else {
                    Message::info(format!("{question} was resolved already (another window)"))
                });
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(format!("NOT SAVED — {e}"))),
        }
    }

    fn set_timebox(&mut self, section: String, minutes: Option<u32>) {
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
                    Some(m) => format!(
                        "Section {section}: {} planned",
                        crate::clock::hm(u64::from(m) * 60_000)
                    ),
                    None => format!("Section {section}: no timebox"),
                }));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(format!("NOT SAVED — {e}"))),
        }
    }

    /// Builds the roadmap from the answers as they are now and shows it, keeping the action
    /// that was selected last time if it is still there.
    fn show_roadmap(&mut self) {
        let view = self.view;
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let report = Report::build(&open.session, jiff::Timestamp::now());
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
    fn show_check(&mut self) {
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
        open.check = Some(super::check::Check::new(
            &open.session,
            from,
            keep.as_deref(),
        ));
        self.view = View::Check;
    }

    /// Opens the export dialog in the folder of the last export (or the working directory),
    /// on the format of the last export.
    fn show_export(&mut self) {
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
            crate::report::roadmap_problem(&open.session),
            self.protected(),
        ));
        // An earlier "Exported …" must not sit under a dialog whose export then fails.
        self.message = None;
    }

    /// What an export must never write over: the open database and its journal files.
    fn protected(&self) -> Protected {
        self.store
            .path()
            .map_or_else(Protected::nothing, Protected::database)
    }

    /// Builds the report, renders it and writes it; on success closes the dialog and
    /// remembers the folder, on failure keeps the dialog open with the reason.
    fn export(&mut self, format: Format, path: &Path) {
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
            let text = format!("Not exported: {e:#}");
            self.with(Layer::Export, |dialog, cx| {
                dialog.reply(Reply::Refused(text.clone()), cx);
            });
            self.say(Message::error(text));
            return;
        }
        self.export = None;
        let mut text = format!("Exported {} to {}", format.describe(), path.display());
        if report.private_notes_included {
            text.push_str(" · with your private notes: not for the client");
        }
        if let Some(why) = &report.roadmap.impossible {
            text.push_str(&format!(" · {why}"));
        }
        let warnings = report.warnings.len();
        if warnings > 0 {
            let list = match self.keymap.key_label(Context::Workshop, Action::Check) {
                Some(k) => format!("{k} lists them"),
                None => format!("run `aimsgap check {}`", open.session.assessment.id),
            };
            text.push_str(&format!(
                " · {warnings} warning{} — {list}",
                if warnings == 1 { "" } else { "s" },
            ));
        }
        let dir = path.parent().map(|d| d.display().to_string());
        let remembered = dir
            .map_or(Ok(()), |d| self.store.set_setting(EXPORT_DIR_SETTING, &d))
            .and_then(|()| self.store.set_setting(EXPORT_FORMAT_SETTING, format.name()));
        if let Err(e) = remembered {
            text.push_str(&format!(
                " (the folder is not remembered for next time: {e})"
            ));
        }
        self.say(Message::ok(text));
    }

    fn set_answer(&mut self, question: String, answer: Answer, advance: bool, undoable: bool) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        if let Err(e) = validate_answer(&open.session.questionnaire, &question, &answer) {
            self.message = Some(Message::error(format!("Not saved: {e}")));
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
                        self.message = Some(Message::ok(format!(
                            "Excluded {reference} from the Statement of Applicability: {} not applicable",
                            if n == 1 {
                                "its question is".to_string()
                            } else {
                                format!("its {n} questions are")
                            }
                        )));
                    }
                    Err(e) => self.message = Some(Message::error(format!("Not saved: {e}"))),
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
                self.message = Some(Message::error(format!("Not saved: {e}")));
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
                let what = describe(&open.session, &answer);
                open.session
                    .answers
                    .insert(question.clone(), answer.clone());
                if undoable {
                    open.undo.push(vec![(question.clone(), previous, answer)]);
                }
                self.tell(View::Workshop, Reply::AnswerSaved { advance });
                self.message = Some(Message::ok(format!("Saved {question}: {what}")));
            }
            Err(StoreError::Conflict { current, .. }) => {
                // Another aimsgap on the same file got there first: show its answer, keep
                // any open editor so nothing typed is lost, and let the user decide.
                let what = describe(&open.session, &current);
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
                self.message = Some(Message::error(format!(
                    "NOT SAVED — {question} was changed in another window meanwhile and is now {what}; repeat the change to replace it"
                )));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => {
                // The session keeps the stored answer: the screen never shows an unsaved one.
                self.message = Some(Message::error(format!("NOT SAVED — {e}")));
            }
        }
    }

    /// Refuses to save a box over its field changed by another window since it opened. The
    /// box keeps its text; saving again replaces the other window's.
    fn changed_while_typing(&mut self, question: &str, field: Field) {
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let now = field_text(&open.session.answer(question), field);
        self.base = Some((question.to_string(), field, now));
        let name = field.draft_name().unwrap_or("text");
        let save = self
            .keymap
            .key_label(Context::Editor, Action::Save)
            .unwrap_or_else(|| "save".into());
        self.say(Message::error(format!(
            "NOT SAVED — the {name} of {question} changed in another window while you typed; your text is still in the box: {save} again replaces theirs"
        )));
    }

    /// Stores the narrative written on the dashboard, unless another window changed it since
    /// the box opened (the box then keeps the text, and saving again replaces theirs).
    fn set_narrative(&mut self, text: &str) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let id = open.session.assessment.id;
        if let Err(e) = crate::assessment::check_text("narrative", text) {
            self.say(Message::error(format!("NOT SAVED — {e}")));
            return;
        }
        let now = match self.store.engagement(id) {
            Ok(e) => e,
            Err(StoreError::NoAssessment(_)) => return self.assessment_gone(),
            Err(e) => return self.say(Message::error(format!("NOT SAVED — {e}"))),
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
                .unwrap_or_else(|| "save".into());
            return self.say(Message::error(format!(
                "NOT SAVED — the narrative changed in another window while you typed; your text is still in the box: {save} again replaces theirs"
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
                    "Narrative removed: reports show the one drafted from the scores again"
                } else {
                    "Saved the narrative: reports show it instead of the drafted one"
                }));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(format!("NOT SAVED — {e}"))),
        }
    }

    /// Adds or replaces an attendee or a document with `write`, which returns the entry
    /// written (`None`: the one edited was removed meanwhile), and shows the record as stored.
    fn change_record(
        &mut self,
        editing: Option<super::record::Entry>,
        write: impl FnOnce(&mut Store, i64) -> Result<Option<super::record::Entry>, StoreError>,
        name: &str,
    ) {
        let Some(id) = self.open.as_ref().map(|o| o.session.assessment.id) else {
            return;
        };
        let written = write(&mut self.store, id);
        let refused = |e: &StoreError| format!("NOT SAVED — {e}");
        match written {
            Ok(entry) => {
                self.refresh_record();
                match entry {
                    Some(entry) => {
                        self.tell(View::Record, Reply::EntrySaved(entry));
                        let verb = if editing.is_some() { "Saved" } else { "Added" };
                        self.say(Message::ok(format!(
                            "{verb} {} {}",
                            entry.reference(),
                            fit(name, 60)
                        )));
                    }
                    None => {
                        let what = editing.map(|e| e.reference()).unwrap_or_default();
                        let text = format!(
                            "NOT SAVED — {what} was removed in another window meanwhile; cancel, then add it again"
                        );
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

    fn remove_entry(&mut self, entry: super::record::Entry, clear_citations: bool) {
        use super::record::Entry;
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
                    let from = match questions.len() {
                        0 => String::new(),
                        1 => format!(", and from the answer to {}", questions[0]),
                        n => format!(", and from {n} answers"),
                    };
                    Message::ok(format!("Removed {what}{from}"))
                } else {
                    Message::info(format!(
                        "{} was already removed in another window",
                        entry.reference()
                    ))
                });
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => self.say(Message::error(format!("NOT REMOVED — {e}"))),
        }
    }

    /// Reads the engagement record again after a change to it.
    fn refresh_record(&mut self) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        match self.store.engagement(open.session.assessment.id) {
            Ok(e) => {
                open.session.engagement = e;
                self.tell(View::Record, Reply::RecordChanged);
            }
            Err(e) => self.message = Some(Message::error(format!("Cannot read the record: {e}"))),
        }
    }

    /// Gives every question listed the same owner, each answer read and written in one
    /// transaction (another window's other fields are kept), all undone together.
    fn set_owners(&mut self, questions: &[String], owner: &str) {
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
                self.tell(View::Workshop, Reply::Refused(format!("Not saved: {e}")));
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
            None => Message::ok(format!(
                "Owner {who} given to {n} gap{} ({} already had it){}",
                if n == 1 { "" } else { "s" },
                questions.len() - n,
                self.keymap
                    .key_label(Context::Workshop, Action::Undo)
                    .map(|k| format!(" · {k} undoes it"))
                    .unwrap_or_default()
            )),
            Some(e) => Message::error(format!(
                "NOT ALL SAVED — owner given to {n} of {} gaps, then: {e}",
                questions.len()
            )),
        });
    }

    fn undo(&mut self) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        let Some(mut group) = open.undo.pop() else {
            self.say(Message::info("Nothing to undo"));
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
                let what = describe(&open.session, &previous);
                open.session.answers.insert(question.clone(), previous);
                self.tell(View::Workshop, Reply::ShowQuestion(question.clone()));
                self.message = Some(Message::ok(format!("Undone: {question} is back to {what}")));
            }
            Err(StoreError::Conflict { current, .. }) => {
                let what = describe(&open.session, &current);
                open.session.answers.insert(question.clone(), *current);
                self.tell(View::Workshop, Reply::ShowQuestion(question.clone()));
                self.message = Some(Message::error(format!(
                    "NOT UNDONE — {question} was changed in another window meanwhile and is now {what}"
                )));
            }
            Err(StoreError::NoAssessment(_)) => self.assessment_gone(),
            Err(e) => {
                open.undo.push(vec![(question, previous, written)]);
                self.message = Some(Message::error(format!("NOT UNDONE — {e}")));
            }
        }
    }

    /// Undoes a change made to many answers at once: each answer goes back while it is still
    /// the one written; one changed in another window meanwhile keeps the other window's.
    fn undo_group(&mut self, group: Vec<(String, Answer, Answer)>) {
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
            return self.say(Message::error(format!(
                "NOT ALL UNDONE — {undone} of {total} answers back, then: {e}"
            )));
        }
        self.say(if kept == 0 {
            Message::ok(format!("Undone: {total} answers are back as they were"))
        } else {
            Message::error(format!(
                "Undone for {undone} of {total} answers; {kept} changed in another window meanwhile and keep that change"
            ))
        });
    }

    pub fn render(&mut self, frame: &mut Frame) {
        let area = frame.area();
        let buf = frame.buffer_mut();
        // Each frame starts from a blank buffer: only presenter mode has a base to paint.
        if self.theme.base() != ratatui::style::Style::new() {
            buf.set_style(area, self.theme.base());
        }
        // A message too long for one line (a path, an error) gets a second rather than losing
        // its end.
        let status = self.status_lines(usize::from(area.width));
        let status_height = status.len().clamp(1, 2) as u16;
        let [header, body, status_area, footer] = rows(area, status_height);
        self.render_header(header, buf);
        self.with(Layer::View(self.view), |screen, cx| {
            screen.render(body, buf, cx)
        });
        self.with(Layer::Export, |dialog, cx| dialog.render(body, buf, cx));
        Paragraph::new(status).render(status_area, buf);
        self.render_footer(footer, buf);
        self.with(Layer::Help, |help, cx| help.render(area, buf, cx));
        neutralise(buf);
        self.theme.finish(buf);
    }

    fn render_header(&self, area: Rect, buf: &mut ratatui::buffer::Buffer) {
        let style = self.theme.header();
        let mut parts: Vec<String> = Vec::new();
        match (&self.open, self.view) {
            (
                Some(open),
                View::Workshop
                | View::Dashboard
                | View::Roadmap
                | View::Record
                | View::Points
                | View::Agenda
                | View::Changes
                | View::Check,
            ) => {
                let card = open.session.scorecard();
                parts.push(open.session.assessment.organisation.clone());
                parts.push(format!(
                    "{}/{} answered",
                    card.all.answered, card.all.applicable
                ));
                // Near the front: at 80 columns the clock takes the end of the line.
                let points = open.session.engagement.open_points().count();
                if points > 0 {
                    parts.push(format!(
                        "{points} open point{}",
                        if points == 1 { "" } else { "s" }
                    ));
                }
                parts.push(format!("readiness {}", percent(card.all.readiness)));
                parts.push(format!("target {}", open.session.assessment.target));
                let filter = &open.workshop.filter;
                if self.view == View::Workshop && *filter != super::tree::Filter::All {
                    let label = filter.label_on_screen(self.theme.presenter);
                    parts.push(format!("filter: {label}"));
                }
            }
            _ => {
                parts.push("aimsgap".into());
                parts.push(format!(
                    "{} assessment{}",
                    self.home.rows.len(),
                    if self.home.rows.len() == 1 { "" } else { "s" }
                ));
                parts.push(self.store.label().to_string());
            }
        }
        // First: the clock takes the end of the line, and the room must see it is on.
        if self.theme.presenter {
            parts.insert(0, "PRESENTER".into());
        }
        // The clock keeps its place at the right; the rest is cut to the room left.
        let (clock, over) = match &self.open {
            Some(open) if self.view != View::Home => {
                open.timing.header(self.section_on_screen().as_deref())
            }
            _ => (String::new(), false),
        };
        let width = usize::from(area.width);
        let clock_w = clock.chars().count() + 2;
        let room = if clock.is_empty() || clock_w + 20 > width {
            width
        } else {
            width - clock_w
        };
        let text = fit(&format!(" {}", parts.join(" · ")), room);
        Paragraph::new(text).style(style).render(area, buf);
        if room < width {
            let clock_style = if over { self.theme.error() } else { style };
            let x = area.x + area.width - clock_w as u16;
            buf.set_string(x, area.y, format!(" {clock} "), clock_style);
        }
    }

    /// The status message in at most two lines: wrapped where a long path or error would
    /// lose its end.
    fn status_lines(&self, width: usize) -> Vec<Line<'static>> {
        let Some(m) = &self.message else {
            return Vec::new();
        };
        let style = match m.kind {
            Kind::Ok => self.theme.ok(),
            Kind::Info => self.theme.base(),
            Kind::Error => self.theme.error(),
        };
        let text = format!(" {}", m.text);
        if text.chars().count() <= width || width < 20 {
            return vec![Line::styled(fit(&text, width), style)];
        }
        let options = textwrap::Options::new(width - 1).break_words(true);
        let parts = textwrap::wrap(&m.text, options);
        let first = parts[0].to_string();
        let rest = match m.text.strip_prefix(first.as_str()) {
            Some(rest) => rest.trim_start().to_string(),
            None => parts[1..].join(" "),
        };
        vec![
            Line::styled(format!(" {first}"), style),
            Line::styled(fit(&format!(" {rest}"), width), style),
        ]
    }

    fn render_footer(&self, area: Rect, buf: &mut ratatui::buffer::Buffer) {
        let searching = self.view == View::Workshop
            && self.open.as_ref().is_some_and(|o| o.workshop.searching());
        let context = self.modal_context().unwrap_or_else(|| {
            if searching {
                Context::Results
            } else {
                self.view.context()
            }
        });
        let actions = if context == Context::Results {
            super::workshop::RESULTS_HINTS
        } else {
            self.focused().map_or(&[][..], |s| s.hints())
        };
        let max = self
            .open
            .as_ref()
            .map_or(5, |o| o.session.questionnaire.max_level());
        // The help key always shows, last: the room it needs is kept back from the others.
        let help = self.keymap.help_label(context);
        let kept = help.as_ref().map_or(0, |k| {
            k.chars().count() + Action::Help.short().chars().count() + 1
        });
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1;
        for a in actions.iter().filter(|a| **a != Action::Help) {
            let key = match a {
                Action::Maturity(_) => self.keymap.maturity_label(max),
                // The results table holds only its own keys; the rest are the workshop's.
                _ if context == Context::Results => self
                    .keymap
                    .key_label(context, *a)
                    .or_else(|| self.keymap.key_label(Context::Workshop, *a)),
                _ => self.keymap.key_label(context, *a),
            };
            let Some(key) = key else { continue };
            let label = a.short();
            let width = key.chars().count() + label.chars().count() + 4;
            if used + width + kept > usize::from(area.width) {
                break;
            }
            used += width;
            spans.push(Span::styled(key, self.theme.key()));
            spans.push(Span::styled(format!(" {label}   "), self.theme.dim()));
        }
        if let Some(key) = help {
            spans.push(Span::styled(key, self.theme.key()));
            spans.push(Span::styled(
                format!(" {}", Action::Help.short()),
                self.theme.dim(),
            ));
        }
        Paragraph::new(Line::from(spans)).render(area, buf);
    }
}

/// The screen's open text box, and the question it edits ([`WHOLE_ASSESSMENT`] for the
/// narrative).
fn open_box(open: &Open) -> Option<(String, &TextBox)> {
    if let Some(b) = &open.workshop.editing {
        return Some((open.workshop.question_id(&open.session), b));
    }
    let b = open.dashboard.editing.as_ref()?;
    Some((WHOLE_ASSESSMENT.to_string(), b))
}

/// What the open assessment lends a screen or overlay besides itself: its session and clock.
fn lent(open: Option<&Open>) -> (Option<&Session>, Option<&Timing>) {
    (open.map(|o| &o.session), open.map(|o| &o.timing))
}

/// What a field of a question (or the narrative) holds in the store, as last read.
fn stored_text(session: &Session, question: &str, field: Field) -> String {
    match field {
        Field::Narrative => session.engagement.narrative.clone(),
        _ => field_text(&session.answer(question), field),
    }
}

/// Sets the field a box edits from another answer.
fn copy_field(to: &mut Answer, from: &Answer, field: Field) {
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
        | Field::Owners => {}
    }
}

/// Takes out of every cell what a terminal would act on rather than show (see `printable`):
/// whatever text a screen draws, from the database, a questionnaire or a keys file. Control
/// characters never reach a cell; a bidirectional override or isolate, having no width,
/// rides along with the character before it, and is dropped here.
pub fn neutralise(buf: &mut ratatui::buffer::Buffer) {
    for cell in &mut buf.content {
        // Most cells hold one printable ASCII character: nothing to look at.
        if let [b] = cell.symbol().as_bytes()
            && (0x20..0x7f).contains(b)
        {
            continue;
        }
        if cell.symbol().chars().any(is_unsafe) {
            let kept: String = cell.symbol().chars().filter(|c| !is_unsafe(*c)).collect();
            cell.set_symbol(if kept.is_empty() { " " } else { &kept });
        }
    }
}

/// How an answer reads in a status message.
fn describe(session: &Session, answer: &Answer) -> String {
    match &answer.response {
        Response::Maturity { level } => {
            let label = session
                .questionnaire
                .level(*level)
                .map_or("", |l| l.label.as_str());
            format!("{level} {label}")
        }
        Response::NotApplicable { .. } => "not applicable".into(),
        Response::Unanswered => "unanswered".into(),
    }
}

/// Where the loop gets its events: the terminal, or a script in tests.
pub trait Events {
    /// The next event; `None` ends the loop.
    fn next_event(&mut self) -> std::io::Result<Option<Event>>;

    /// Waits at most `wait` for an event; false when none came (the screen is idle).
    fn ready(&mut self, _wait: Duration) -> std::io::Result<bool> {
        Ok(true)
    }
}

/// The real terminal's events.
///
/// The reader only notices resizes once it has started, which is at the first read, after
/// the first frame: a window resized in between (a tiling window manager placing it, say)
/// would be drawn at its old size until the next key. So the first event is the size as
/// the reader starts, and the loop redraws at it (writing nothing if it had not changed).
/// Starting the reader before the first frame instead would delay that frame.
///
/// A signal (see `terminal::Signals`) ends the loop, like running out of events; the caller
/// then acts on it.
#[derive(Default)]
pub struct TerminalEvents {
    started: bool,
    pub signals: super::terminal::Signals,
}

impl Events for TerminalEvents {
    fn next_event(&mut self) -> std::io::Result<Option<Event>> {
        use ratatui::crossterm::{event, terminal};
        if !self.started {
            self.started = true;
            event::poll(std::time::Duration::ZERO)?;
            let (width, height) = terminal::size()?;
            return Ok(Some(Event::Resize(width, height)));
        }
        // Waits in slices, so that a signal is acted on within one.
        loop {
            if self.signals.is_pending() {
                return Ok(None);
            }
            if self.ready(std::time::Duration::from_millis(100))? && !self.signals.is_pending() {
                return event::read().map(Some);
            }
        }
    }

    fn ready(&mut self, wait: Duration) -> std::io::Result<bool> {
        // The first event is made up, and ready at once.
        if !self.started {
            return Ok(true);
        }
        // In slices, so that a signal is acted on within one: it makes an event ready, which
        // `next_event` turns into the end of the loop.
        const SLICE: Duration = Duration::from_millis(100);
        let end = Instant::now() + wait;
        loop {
            if self.signals.is_pending() {
                return Ok(true);
            }
            let left = end.saturating_duration_since(Instant::now());
            if self.signals.watches_terminal() {
                // Crossterm is asked only for what it holds or what is there to read now;
                // the waiting is done here, where a hung-up terminal is noticed.
                match ratatui::crossterm::event::poll(Duration::ZERO) {
                    Ok(true) => return Ok(true),
                    Ok(false) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
                if left.is_zero() {
                    return Ok(false);
                }
                self.signals.wait(left.min(SLICE));
                continue;
            }
            match ratatui::crossterm::event::poll(left.min(SLICE)) {
                Ok(true) => return Ok(true),
                Ok(false) if left <= SLICE => return Ok(false),
                Ok(false) => {}
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

/// Scripted events, for tests.
pub struct Scripted<I>(pub I);

impl<I: Iterator<Item = Event>> Events for Scripted<I> {
    fn next_event(&mut self) -> std::io::Result<Option<Event>> {
        Ok(self.0.next())
    }
}

/// The screen's rows: a header line, the body, `status` lines and the footer line, the body
/// taking what the others leave (and the footer kept before the status, the status before
/// the header, on a terminal too short for all). Plain arithmetic: ratatui's constraint
/// solver, run cold, was a tenth of the start-up's budget over a bare program.
fn rows(area: Rect, status: u16) -> [Rect; 4] {
    let mut left = area.height;
    let mut take = |want: u16| {
        let got = want.min(left);
        left -= got;
        got
    };
    let footer = take(1);
    let status = take(status);
    let header = take(1);
    let body = left;
    let row = |y: u16, height: u16| Rect { y, height, ..area };
    [
        row(area.y, header),
        row(area.y + header, body),
        row(area.y + header + body, status),
        row(area.y + header + body + status, footer),
    ]
}

/// Draws, waits for an event, handles it — until the user quits or the events run out.
/// While no key comes, the app's idle work runs (drafts kept, other programs' changes
/// shown), and the screen is drawn again only when that changed something.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut dyn Events,
) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let mut draw = true;
    loop {
        if draw {
            terminal.draw(|frame| app.render(frame))?;
        }
        if app.quit {
            return Ok(());
        }
        if !events.ready(app.idle_wait(Instant::now()))? {
            draw = app.tick(Instant::now());
            continue;
        }
        draw = true;
        match events.next_event()? {
            Some(event) => app.handle_event(event),
            None => {
                app.keep_typed_text();
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rows_fill_the_screen_and_give_way_from_the_body_up() {
        let area = Rect::new(3, 2, 80, 24);
        let [header, body, status, footer] = rows(area, 2);
        assert_eq!((header.y, header.height), (2, 1));
        assert_eq!((body.y, body.height), (3, 20));
        assert_eq!((status.y, status.height), (23, 2));
        assert_eq!((footer.y, footer.height), (25, 1));
        assert!(
            [header, body, status, footer]
                .iter()
                .all(|r| r.x == 3 && r.width == 80)
        );
        // Too short for all: the body goes first, then the header, then the status.
        for height in 0..6 {
            let all = rows(Rect::new(0, 0, 10, height), 2);
            assert_eq!(all.iter().map(|r| r.height).sum::<u16>(), height);
            let mut y = 0;
            for r in all {
                assert_eq!(r.y, y, "height {height}: {all:?}");
                y += r.height;
            }
            let [header, body, status, footer] = all.map(|r| r.height);
            let expected = match height {
                0 => [0, 0, 0, 0],
                1 => [0, 0, 0, 1],
                2 => [0, 0, 1, 1],
                3 => [0, 0, 2, 1],
                4 => [1, 0, 2, 1],
                _ => [1, height - 4, 2, 1],
            };
            assert_eq!([header, body, status, footer], expected, "height {height}");
        }
    }
}
