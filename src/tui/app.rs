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
//!
//! Here: the state, routing input to whatever has the keys and carrying out commands. In
//! parts of their own: `writes` (the commands that write to the store), `drafts` (typed text
//! kept, other programs' changes read), `draw` (header, footer, status) and `events` (the
//! loop and where its events come from).

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
use crate::session::Session;
use crate::store::{Store, StoreError};
use crate::t;

mod drafts;
mod draw;
mod events;
mod writes;

use drafts::copy_field;
pub use draw::neutralise;
pub use events::{Events, Scripted, TerminalEvents, run};

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

/// The screen of a view of the open assessment (`None` for home, or one not built yet):
/// the one place that names the field of [`Open`] holding each screen.
macro_rules! open_screen {
    ($open:expr, $view:expr, $as:ident $(, $mut:tt)?) => {
        match $view {
            View::Home => None,
            View::Workshop => Some(&$($mut)? $open.workshop as &$($mut)? dyn Screen),
            View::Dashboard => Some(&$($mut)? $open.dashboard as &$($mut)? dyn Screen),
            View::Roadmap => $open.roadmap.$as().map(|s| s as &$($mut)? dyn Screen),
            View::Record => Some(&$($mut)? $open.record as &$($mut)? dyn Screen),
            View::Points => Some(&$($mut)? $open.points as &$($mut)? dyn Screen),
            View::Agenda => Some(&$($mut)? $open.agenda as &$($mut)? dyn Screen),
            View::Changes => $open.changed.$as().map(|s| s as &$($mut)? dyn Screen),
            View::Check => $open.check.$as().map(|s| s as &$($mut)? dyn Screen),
            View::Conflicts => $open.conflicts.$as().map(|s| s as &$($mut)? dyn Screen),
            View::Suggestions => $open.suggestions.$as().map(|s| s as &$($mut)? dyn Screen),
            View::Iso27001 => Some(&$($mut)? $open.iso27001 as &$($mut)? dyn Screen),
        }
    };
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
    /// Built when the merge conflicts are shown.
    pub conflicts: Option<super::conflicts::Conflicts>,
    /// Built when the applicability suggestions are shown, and again after each verdict.
    pub suggestions: Option<super::suggestions::Suggestions>,
    pub iso27001: super::iso27001::Iso27001,
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
    /// The language of the screens' own words (their chrome: titles, labels, hints,
    /// messages): the file's `lang` setting, else the locale (see [`crate::language`]); lent
    /// to every screen as [`Shared::lang`]. English unless set with [`App::set_lang`]. The
    /// questions of an open assessment are in the assessment's language, whatever this is.
    pub lang: crate::i18n::Lang,
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
            lang: crate::i18n::Lang::En,
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

    /// Sets the language of the screens, and shows the home screen again in it (listing
    /// again only when the language changes: a refusal to list is said in the new one).
    pub fn set_lang(&mut self, lang: crate::i18n::Lang) {
        if self.lang != lang {
            self.lang = lang;
            self.refresh_home();
        }
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
            Err(e) => self.say(Message::error(t!(
                self.lang,
                "tui-app-cannot-list",
                reason = &e.message_in(self.lang)
            ))),
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
        let lang = self.lang;
        let session =
            Session::open(&self.store, &self.catalog, id).map_err(|e| e.message_in(lang))?;
        let drafts = self.store.drafts(id).map_err(|e| e.message_in(lang))?;
        let notice = session
            .change_notice()
            .or_else(|| session.language_notice.clone());
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
            conflicts: None,
            suggestions: None,
            iso27001: super::iso27001::Iso27001::default(),
            timing,
            undo: Vec::new(),
        });
        self.view = View::Workshop;
        self.message = notice
            .map(Message::info)
            .or_else(|| self.conflicts_notice());
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
                        .map(|k| t!(self.lang, "tui-app-paste-hint", key = &k))
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                self.say(Message::info(t!(
                    self.lang,
                    "tui-app-paste-ignored",
                    count = chars,
                    hint = &hint
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
            view => open_screen!(self.open.as_ref()?, view, as_ref),
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
            lang,
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
                    let open = open.as_mut()?;
                    let screen = open_screen!(open, view, as_mut, mut)?;
                    (screen, (Some(&open.session), Some(&open.timing)))
                }
            };
        let cx = Shared {
            keymap,
            theme,
            lang: *lang,
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
                Action::Presenter if self.editing_notes() => {
                    self.say(Message::info(t!(self.lang, "tui-app-presenter-notes-open")))
                }
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
                    t!(self.lang, "tui-app-presenter-on")
                } else {
                    t!(self.lang, "tui-app-presenter-off")
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
                        View::Points => (Action::Points, "tui-app-back-to-points"),
                        View::Changes => (Action::Changes, "tui-app-back-to-changes"),
                        View::Check => (Action::Check, "tui-app-back-to-check"),
                        View::Conflicts => (Action::Conflicts, "tui-app-back-to-conflicts"),
                        View::Iso27001 => (Action::Iso27001, "tui-app-back-to-iso27001"),
                        _ => (Action::Roadmap, "tui-app-back-to-roadmap"),
                    };
                    let back = self
                        .keymap
                        .key_label(Context::Workshop, action)
                        .map(|k| format!(" {}", t!(self.lang, to, key = &k)))
                        .unwrap_or_default();
                    self.say(Message::info(format!("{question}{back}")));
                }
            }
            Command::ShowExport => self.show_export(),
            Command::ShowCheck => self.show_check(),
            Command::ShowConflicts => self.show_conflicts(),
            Command::OpenConflicts(id) => {
                self.execute(Command::Open(id));
                if self
                    .open
                    .as_ref()
                    .is_some_and(|o| o.session.assessment.id == id)
                {
                    self.show_conflicts();
                }
            }
            Command::ResolveConflict {
                question,
                field,
                choice,
            } => self.resolve_conflict(&question, &field, choice),
            Command::ShowSuggestions => self.show_suggestions(),
            Command::AcceptSuggestion(s) => self.judge_suggestion(&s, true),
            Command::RejectSuggestion(s) => self.judge_suggestion(&s, false),
            Command::ShowIso27001 => {
                if self.open.is_some() {
                    self.view = View::Iso27001;
                }
            }
            Command::SetInPlace {
                reference,
                in_place,
            } => self.set_in_place(reference, in_place),
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
                        super::changed::since_last_sitting(self.lang, t),
                    ),
                    None => Showing::Since(
                        crate::changes::Since::LastChangeBy(self.store.author().to_string()),
                        super::changed::since_your_last_change(self.lang),
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
                    self.say(Message::error(t!(
                        self.lang,
                        "tui-app-cannot-open",
                        id = &id.to_string(),
                        reason = &e.to_string()
                    )));
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
            Command::SaveDetails(change) => self.save_details(&change),
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
            Command::SaveSystem(system) => {
                use super::record::Entry;
                let name_shown = system.name.clone();
                let number = system.number;
                self.change_record(
                    (number > 0).then_some(Entry::System(number)),
                    move |store, id| {
                        Ok(if number == 0 {
                            Some(Entry::System(store.add_system(id, &system)?))
                        } else {
                            store
                                .update_system(id, &system)?
                                .then_some(Entry::System(number))
                        })
                    },
                    &name_shown,
                );
            }
            Command::SaveRisk {
                number,
                title,
                level,
            } => {
                use super::record::Entry;
                let title_shown = title.clone();
                self.change_record(
                    number.map(Entry::Risk),
                    move |store, id| {
                        Ok(match number {
                            None => Some(Entry::Risk(store.add_risk(id, &title, level)?)),
                            Some(n) => store
                                .update_risk(id, n, &title, level)?
                                .then_some(Entry::Risk(n)),
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
                    Err(e) => self.say(Message::error(t!(
                        self.lang,
                        "tui-app-draft-not-discarded",
                        reason = &e.message_in(self.lang)
                    ))),
                }
            }
            Command::Create { new, questionnaire } => {
                let lang = self.lang;
                let created = self
                    .catalog
                    .resolve(&questionnaire)
                    .map_err(|e| e.to_string())
                    .and_then(|(q, origin)| {
                        new.validate(&q).map_err(|e| e.message_in(lang))?;
                        let path = match origin {
                            crate::questionnaire::catalog::Origin::File(p) => {
                                Some(p.display().to_string())
                            }
                            crate::questionnaire::catalog::Origin::BuiltIn => None,
                        };
                        self.store
                            .create_assessment(&new, &q, path.as_deref())
                            .map_err(|e| e.message_in(lang))
                    });
                match created {
                    Ok(id) => {
                        self.tell(View::Home, Reply::Created(id));
                        self.refresh_home();
                        self.execute(Command::Open(id));
                    }
                    Err(e) => self.say(Message::error(t!(
                        self.lang,
                        "tui-app-not-created",
                        reason = &e
                    ))),
                }
            }
            Command::Duplicate { source, new } => {
                // The copy keeps its source's questionnaire: the target must fit its scale.
                let lang = self.lang;
                let copied = crate::session::Session::open(&self.store, &self.catalog, source)
                    .map_err(|e| e.message_in(lang))
                    .and_then(|s| {
                        new.validate(&s.questionnaire)
                            .map_err(|e| e.message_in(lang))
                    })
                    .and_then(|()| {
                        self.store
                            .duplicate_assessment(source, &new)
                            .map_err(|e| e.message_in(lang))
                    });
                match copied {
                    Ok(id) => {
                        self.refresh_home();
                        self.tell(View::Home, Reply::Copied(id));
                        self.say(Message::ok(t!(
                            self.lang,
                            "tui-app-copied",
                            id = &id.to_string(),
                            source = &source.to_string()
                        )));
                    }
                    Err(e) => self.say(Message::error(t!(
                        self.lang,
                        "tui-app-not-copied",
                        reason = &e
                    ))),
                }
            }
            Command::Delete(id) => match self.store.delete_assessment(id) {
                Ok(()) => {
                    self.refresh_home();
                    self.say(Message::ok(t!(
                        self.lang,
                        "tui-app-deleted",
                        id = &id.to_string()
                    )));
                }
                Err(e) => self.say(Message::error(t!(
                    self.lang,
                    "tui-app-not-deleted",
                    reason = &e.message_in(self.lang)
                ))),
            },
        }
    }
}

/// What the open assessment lends a screen or overlay besides itself: its session and clock.
fn lent(open: Option<&Open>) -> (Option<&Session>, Option<&Timing>) {
    (open.map(|o| &o.session), open.map(|o| &o.timing))
}
