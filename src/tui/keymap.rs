//! Keys are data: the default bindings are `keys.toml`, compiled in; a user file with the
//! same tables is merged over them. Help and footer hints are generated from the merged map,
//! so they always show the keys that actually work.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use toml::de::{DeTable, DeValue};

use crate::i18n::Lang;
use crate::questionnaire::nearest;
use crate::t;

// `DEFAULT_BINDINGS`: keys.toml read into a table by build.rs, so that starting needs no
// TOML parser; the text itself is parsed only in the test that checks the two agree.
include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// Declares every table of bindings once: its variant, its name in `keys.toml` and its
/// title in the help. A `screen` table is also a [`View`] (a screen of its own, whose keys
/// fall back to [global]); a `table` is one of what opens over a screen (boxes, forms,
/// questions, the export dialog, the help) or [global] itself. The order is the help's.
macro_rules! tables {
    ($($(#[$doc:meta])* $kind:ident $variant:ident = $name:literal, $title:literal;)*) => {
        /// Which table of bindings applies.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Context {
            $($(#[$doc])* $variant,)*
        }

        const TABLES: usize = [$(Context::$variant),*].len();

        impl Context {
            pub const ALL: [Context; TABLES] = [$(Context::$variant),*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Context::$variant => $name,)*
                }
            }

            /// The table's title in English (for messages about keys files).
            pub fn title(self) -> &'static str {
                match self {
                    $(Context::$variant => $title,)*
                }
            }

            /// The table's title in the help.
            pub fn title_in(self, lang: Lang) -> String {
                lang.t(&format!("tui-table-{}", self.name()))
            }

            /// Whether [global] bindings apply underneath this table: every screen's table
            /// does; the tables of what opens over a screen and [global] itself do not.
            fn inherits_global(self) -> bool {
                match self {
                    $(Context::$variant => tables!(@screen $kind),)*
                }
            }
        }

        tables!(@views [] $($kind $variant)*);
    };
    (@screen screen) => { true };
    (@screen table) => { false };
    (@views [$($view:ident)*]) => {
        /// The screens, one per variant: the tables declared `screen`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum View {
            $($view,)*
        }

        impl View {
            pub const ALL: &[View] = &[$(View::$view),*];

            /// The screen's own key table.
            pub fn context(self) -> Context {
                match self {
                    $(View::$view => Context::$view,)*
                }
            }
        }
    };
    (@views [$($view:ident)*] screen $next:ident $($rest:tt)*) => {
        tables!(@views [$($view)* $next] $($rest)*);
    };
    (@views [$($view:ident)*] table $next:ident $($rest:tt)*) => {
        tables!(@views [$($view)*] $($rest)*);
    };
}

tables! {
    table Global = "global", "Everywhere";
    screen Home = "home", "Assessments";
    screen Workshop = "workshop", "Workshop";
    screen Dashboard = "dashboard", "Dashboard";
    screen Roadmap = "roadmap", "Roadmap";
    screen Record = "record", "Engagement record";
    table Editor = "editor", "Typing text";
    table Form = "form", "Forms";
    table Export = "export", "Export dialog";
    table Confirm = "confirm", "Questions (yes / no)";
    table Picker = "picker", "Choosing who said it";
    table Help = "help", "Reading the help";
    /// The workshop while a search is showing its matches: consulted before [workshop].
    table Results = "results", "Search results";
    screen Points = "points", "Open points";
    screen Agenda = "agenda", "Agenda";
    screen Changes = "changes", "Changes";
    screen Check = "check", "Pre-handover check";
    screen Conflicts = "conflicts", "Merge conflicts";
    screen Suggestions = "suggestions", "Applicability suggestions";
    screen Iso27001 = "iso27001", "ISO 27001 checklist";
}

/// Everything a key can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    Quit,
    Help,
    Presenter,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    ScrollUp,
    ScrollDown,
    Open,
    New,
    Duplicate,
    Delete,
    Maturity(u8),
    NotApplicable,
    Clear,
    Finding,
    Recommendation,
    Response,
    SaidBy,
    Notes,
    Evidence,
    Basis,
    Owner,
    AssignOwner,
    Due,
    Jump,
    JumpBack,
    Related,
    WeakSpots,
    Search,
    NextMatch,
    PreviousMatch,
    NextUnanswered,
    PreviousUnanswered,
    Filter,
    Undo,
    Dashboard,
    Workshop,
    Roadmap,
    Record,
    Narrative,
    Details,
    AddAttendee,
    AddDocument,
    AddSystem,
    AddRisk,
    Edit,
    Remove,
    Export,
    PrivateNotes,
    OpenQuestion,
    PreviousScreen,
    Save,
    Cancel,
    NextField,
    PreviousField,
    NextOrSave,
    PreviousChoice,
    NextChoice,
    DeleteLine,
    Yes,
    No,
    Toggle,
    Park,
    Points,
    Agenda,
    Changes,
    Check,
    History,
    Resolve,
    Timebox,
    Since,
    Conflicts,
    TakeLeft,
    TakeRight,
    Suggestions,
    Accept,
    Reject,
    Iso27001,
    AcceptCarryOver,
}

/// (name in keys.toml, action) for every action except maturities; what each does is the
/// catalogue's `tui-action-<name>`.
const ACTIONS: &[(&str, Action)] = &[
    ("quit", Action::Quit),
    ("help", Action::Help),
    ("presenter", Action::Presenter),
    ("back", Action::Back),
    ("up", Action::Up),
    ("down", Action::Down),
    ("page-up", Action::PageUp),
    ("page-down", Action::PageDown),
    ("top", Action::Top),
    ("bottom", Action::Bottom),
    ("scroll-up", Action::ScrollUp),
    ("scroll-down", Action::ScrollDown),
    ("open", Action::Open),
    ("new", Action::New),
    ("duplicate", Action::Duplicate),
    ("delete", Action::Delete),
    ("not-applicable", Action::NotApplicable),
    ("clear", Action::Clear),
    ("finding", Action::Finding),
    ("recommendation", Action::Recommendation),
    ("response", Action::Response),
    ("said-by", Action::SaidBy),
    ("notes", Action::Notes),
    ("evidence", Action::Evidence),
    ("basis", Action::Basis),
    ("owner", Action::Owner),
    ("assign-owner", Action::AssignOwner),
    ("due", Action::Due),
    ("jump", Action::Jump),
    ("jump-back", Action::JumpBack),
    ("related", Action::Related),
    ("weak-spots", Action::WeakSpots),
    ("next-match", Action::NextMatch),
    ("previous-match", Action::PreviousMatch),
    ("search", Action::Search),
    ("next-unanswered", Action::NextUnanswered),
    ("previous-unanswered", Action::PreviousUnanswered),
    ("filter", Action::Filter),
    ("undo", Action::Undo),
    ("dashboard", Action::Dashboard),
    ("workshop", Action::Workshop),
    ("roadmap", Action::Roadmap),
    ("record", Action::Record),
    ("details", Action::Details),
    ("narrative", Action::Narrative),
    ("add-attendee", Action::AddAttendee),
    ("add-document", Action::AddDocument),
    ("add-system", Action::AddSystem),
    ("add-risk", Action::AddRisk),
    ("edit", Action::Edit),
    ("conflicts", Action::Conflicts),
    ("take-left", Action::TakeLeft),
    ("take-right", Action::TakeRight),
    ("remove", Action::Remove),
    ("export", Action::Export),
    ("private-notes", Action::PrivateNotes),
    ("open-question", Action::OpenQuestion),
    ("previous-screen", Action::PreviousScreen),
    ("save", Action::Save),
    ("cancel", Action::Cancel),
    ("next-field", Action::NextField),
    ("previous-field", Action::PreviousField),
    ("next-or-save", Action::NextOrSave),
    ("previous-choice", Action::PreviousChoice),
    ("next-choice", Action::NextChoice),
    ("delete-line", Action::DeleteLine),
    ("yes", Action::Yes),
    ("no", Action::No),
    ("toggle", Action::Toggle),
    ("park", Action::Park),
    ("iso27001", Action::Iso27001),
    ("accept-carry-over", Action::AcceptCarryOver),
    ("points", Action::Points),
    ("agenda", Action::Agenda),
    ("check", Action::Check),
    ("suggestions", Action::Suggestions),
    ("accept", Action::Accept),
    ("reject", Action::Reject),
    ("changes", Action::Changes),
    ("history", Action::History),
    ("resolve", Action::Resolve),
    ("timebox", Action::Timebox),
    ("since", Action::Since),
];

impl Action {
    pub fn name(self) -> String {
        match self {
            Action::Maturity(n) => format!("maturity-{n}"),
            other => ACTIONS
                .iter()
                .find(|(_, a)| *a == other)
                .map(|(n, _)| (*n).to_string())
                .unwrap_or_default(),
        }
    }

    /// What the action does, as the help says it.
    pub fn describe(self, lang: Lang) -> String {
        match self {
            Action::Maturity(n) => t!(lang, "tui-action-maturity", level = u32::from(n)),
            other => lang.t(&format!("tui-action-{}", other.name())),
        }
    }

    /// A word or two for the footer.
    pub fn short(self, lang: Lang) -> String {
        lang.t(self.hint())
    }

    /// The catalogue's id of [`Action::short`].
    fn hint(self) -> &'static str {
        match self {
            Action::Quit => "tui-hint-quit",
            Action::Help => "tui-hint-help",
            Action::Presenter => "tui-hint-presenter",
            Action::Back => "tui-hint-back",
            Action::Up | Action::Down => "tui-hint-move",
            Action::PageUp | Action::PageDown => "tui-hint-page",
            Action::Top => "tui-hint-first",
            Action::Bottom => "tui-hint-last",
            Action::ScrollUp | Action::ScrollDown => "tui-hint-scroll",
            Action::Open => "tui-hint-open",
            Action::New => "tui-hint-new",
            Action::Duplicate => "tui-hint-re-assess",
            Action::Delete => "tui-hint-delete",
            Action::Maturity(_) => "tui-hint-score",
            Action::NotApplicable => "tui-hint-n-a",
            Action::Clear => "tui-hint-clear",
            Action::Finding => "tui-hint-finding",
            Action::Recommendation => "tui-hint-recommend",
            Action::Response => "tui-hint-response",
            Action::SaidBy => "tui-hint-said-by",
            Action::Notes => "tui-hint-notes",
            Action::Evidence => "tui-hint-evidence",
            Action::Basis => "tui-hint-basis",
            Action::Owner => "tui-hint-owner",
            Action::AssignOwner => "tui-hint-owner-for-all",
            Action::Due => "tui-hint-due",
            Action::Jump => "tui-hint-go-to",
            Action::JumpBack => "tui-hint-jump-back",
            Action::Related => "tui-hint-related",
            Action::WeakSpots => "tui-hint-weak-spots",
            Action::Search => "tui-hint-search",
            Action::NextMatch => "tui-hint-next-match",
            Action::PreviousMatch => "tui-hint-previous-match",
            Action::NextUnanswered => "tui-hint-next-open",
            Action::PreviousUnanswered => "tui-hint-previous-open",
            Action::Filter => "tui-hint-filter",
            Action::Undo => "tui-hint-undo",
            Action::Dashboard => "tui-hint-dashboard",
            Action::Workshop => "tui-hint-questions",
            Action::Roadmap => "tui-hint-roadmap",
            Action::Record => "tui-hint-record",
            Action::Narrative => "tui-hint-narrative",
            Action::Details => "tui-hint-details",
            Action::AddAttendee => "tui-hint-attendee",
            Action::AddDocument => "tui-hint-document",
            Action::AddSystem => "tui-hint-ai-system",
            Action::AddRisk => "tui-hint-risk",
            Action::Edit => "tui-hint-edit",
            Action::Remove => "tui-hint-remove",
            Action::Export => "tui-hint-export",
            Action::PrivateNotes => "tui-hint-private-notes",
            Action::OpenQuestion => "tui-hint-open-question",
            Action::PreviousScreen => "tui-hint-back",
            Action::Save => "tui-hint-save",
            Action::Cancel => "tui-hint-cancel",
            Action::NextField => "tui-hint-next-field",
            Action::PreviousField => "tui-hint-previous-field",
            Action::NextOrSave => "tui-hint-next",
            Action::PreviousChoice | Action::NextChoice => "tui-hint-choose",
            Action::DeleteLine => "tui-hint-clear",
            Action::Yes => "tui-hint-yes",
            Action::No => "tui-hint-no",
            Action::Toggle => "tui-hint-tick",
            Action::Park => "tui-hint-park",
            Action::Points => "tui-hint-points",
            Action::Agenda => "tui-hint-agenda",
            Action::Changes => "tui-hint-changes",
            Action::Check => "tui-hint-check",
            Action::History => "tui-hint-history",
            Action::Resolve => "tui-hint-resolve",
            Action::Timebox => "tui-hint-timebox",
            Action::Since => "tui-hint-since",
            Action::Conflicts => "tui-hint-conflicts",
            Action::TakeLeft => "tui-hint-take-left",
            Action::TakeRight => "tui-hint-take-right",
            Action::Suggestions => "tui-hint-suggestions",
            Action::Accept => "tui-hint-confirm",
            Action::Reject => "tui-hint-reject",
            Action::Iso27001 => "tui-hint-iso-27001",
            Action::AcceptCarryOver => "tui-hint-accept-suggestion",
        }
    }

    fn parse(name: &str) -> Option<Action> {
        if let Some(n) = name.strip_prefix("maturity-") {
            return n
                .parse::<u8>()
                .ok()
                .filter(|n| *n <= 9)
                .map(Action::Maturity);
        }
        ACTIONS.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
    }
}

/// A key with its modifiers, normalised so that "A" and "shift-a" are the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    code: Code,
    ctrl: bool,
    alt: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Code {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    F(u8),
}

const NAMED: &[(&str, Code)] = &[
    ("enter", Code::Enter),
    ("esc", Code::Esc),
    ("tab", Code::Tab),
    ("shift-tab", Code::BackTab),
    ("backspace", Code::Backspace),
    ("delete", Code::Delete),
    ("space", Code::Char(' ')),
    ("up", Code::Up),
    ("down", Code::Down),
    ("left", Code::Left),
    ("right", Code::Right),
    ("pageup", Code::PageUp),
    ("pagedown", Code::PageDown),
    ("home", Code::Home),
    ("end", Code::End),
];

impl Key {
    /// A key that is never text: with ctrl or alt, or a function key.
    pub fn is_chord(&self) -> bool {
        self.ctrl || self.alt || matches!(self.code, Code::F(_))
    }

    pub fn from_event(e: &KeyEvent) -> Option<Key> {
        let code = match e.code {
            KeyCode::Char(c) => Code::Char(c),
            KeyCode::Enter => Code::Enter,
            KeyCode::Esc => Code::Esc,
            KeyCode::Tab if e.modifiers.contains(KeyModifiers::SHIFT) => Code::BackTab,
            KeyCode::Tab => Code::Tab,
            KeyCode::BackTab => Code::BackTab,
            KeyCode::Backspace => Code::Backspace,
            KeyCode::Delete => Code::Delete,
            KeyCode::Up => Code::Up,
            KeyCode::Down => Code::Down,
            KeyCode::Left => Code::Left,
            KeyCode::Right => Code::Right,
            KeyCode::PageUp => Code::PageUp,
            KeyCode::PageDown => Code::PageDown,
            KeyCode::Home => Code::Home,
            KeyCode::End => Code::End,
            KeyCode::F(n) => Code::F(n),
            _ => return None,
        };
        Some(Key {
            code,
            ctrl: e.modifiers.contains(KeyModifiers::CONTROL),
            alt: e.modifiers.contains(KeyModifiers::ALT),
        })
    }

    pub fn parse(s: &str) -> Option<Key> {
        let mut rest = s;
        let (mut ctrl, mut alt) = (false, false);
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => Code::Char(c),
            _ => {
                if let Some((_, code)) = NAMED.iter().find(|(n, _)| *n == rest) {
                    *code
                } else if let Some(n) = rest.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    if !(1..=12).contains(&n) {
                        return None;
                    }
                    Code::F(n)
                } else {
                    return None;
                }
            }
        };
        // Control letters arrive in lower case whatever the shift state.
        let code = match code {
            Code::Char(c) if ctrl => Code::Char(c.to_ascii_lowercase()),
            c => c,
        };
        Some(Key { code, ctrl, alt })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.code {
            Code::Char(' ') => f.write_str("space"),
            Code::Char(c) => write!(f, "{c}"),
            Code::F(n) => write!(f, "f{n}"),
            other => {
                let name = NAMED
                    .iter()
                    .find(|(_, c)| *c == other)
                    .map_or("?", |(n, _)| n);
                f.write_str(name)
            }
        }
    }
}

/// A problem in a key-binding file, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeymapProblem {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct Keymap {
    /// Per context: key → (action, the order it was bound in; the first key of an action is
    /// the one hints show).
    tables: BTreeMap<Context, BTreeMap<Key, (Action, usize)>>,
    bound: usize,
}

impl Default for Keymap {
    fn default() -> Self {
        let (map, problems) = Keymap::with_overrides(None);
        debug_assert!(problems.is_empty(), "{problems:?}");
        map
    }
}

impl Keymap {
    /// The default map with `user` (the text of a keys.toml) merged over it. Bad entries are
    /// skipped and reported; good ones apply.
    pub fn with_overrides(user: Option<&str>) -> (Keymap, Vec<KeymapProblem>) {
        Keymap::with_overrides_in(Lang::En, user)
    }

    /// [`Keymap::with_overrides`], its problems said in `lang`.
    pub fn with_overrides_in(lang: Lang, user: Option<&str>) -> (Keymap, Vec<KeymapProblem>) {
        let mut map = Keymap {
            tables: BTreeMap::new(),
            bound: 0,
        };
        // The user's keys are numbered first, so hints show them before the defaults.
        map.bound = 1_000_000;
        for (table, entries) in DEFAULT_BINDINGS {
            let context = Context::ALL
                .into_iter()
                .find(|c| c.name() == *table)
                .unwrap_or_else(|| panic!("built-in keys.toml: unknown table [{table}]"));
            for (key, action) in *entries {
                let key = Key::parse(key)
                    .unwrap_or_else(|| panic!("built-in keys.toml: unknown key {key:?}"));
                assert!(
                    bind(&mut map, context, key, action),
                    "built-in keys.toml: unknown action {action:?}"
                );
            }
        }
        map.bound = 0;
        let problems = user
            .map(|text| merge(&mut map, text, lang))
            .unwrap_or_default();
        (map, problems)
    }

    /// Loads the user's file if there is one; its problems are rendered with its path. A
    /// file that cannot be used as a whole (not a regular file, unreadable, too large, or
    /// leaving no way to quit) is ignored with one message, and the defaults apply.
    pub fn load(path: Option<&Path>) -> (Keymap, Vec<String>) {
        Keymap::load_in(Lang::En, path)
    }

    /// [`Keymap::load`], its problems said in `lang`.
    pub fn load_in(lang: Lang, path: Option<&Path>) -> (Keymap, Vec<String>) {
        let Some(path) = path else {
            return (Keymap::default(), Vec::new());
        };
        let shown = path.display().to_string();
        let text = match read_user_file(path, lang) {
            Ok(Some(text)) => text,
            Ok(None) => return (Keymap::default(), Vec::new()),
            Err(why) => {
                return (
                    Keymap::default(),
                    vec![t!(lang, "tui-keys-file-ignored", file = &shown, why = &why)],
                );
            }
        };
        let (map, problems) = Keymap::with_overrides_in(lang, Some(&text));
        if let Some(screen) = map.screen_without_quit_in(lang) {
            return (
                Keymap::default(),
                vec![t!(
                    lang,
                    "tui-keys-no-quit",
                    file = &shown,
                    screen = &screen
                )],
            );
        }
        let messages = problems
            .into_iter()
            .map(|p| {
                t!(
                    lang,
                    "tui-keys-problem",
                    file = &shown,
                    line = &p.line.to_string(),
                    problem = &p.message
                )
            })
            .collect();
        (map, messages)
    }

    /// [`Keymap::screen_without_quit`], the screen named in `lang`.
    pub fn screen_without_quit_in(&self, lang: Lang) -> Option<String> {
        let title = self.screen_without_quit()?;
        Context::ALL
            .into_iter()
            .find(|c| c.title() == title)
            .map(|c| c.title_in(lang))
    }

    /// The first screen on which no key quits, if there is one.
    pub fn screen_without_quit(&self) -> Option<&'static str> {
        [
            Context::Home,
            Context::Workshop,
            Context::Dashboard,
            Context::Roadmap,
            Context::Record,
            Context::Points,
            Context::Agenda,
            Context::Changes,
            Context::Check,
            Context::Suggestions,
            Context::Iso27001,
        ]
        .into_iter()
        .find(|c| self.keys(*c, Action::Quit).is_empty())
        .map(|c| c.title())
    }

    /// The action of a key in a context, falling back to [global] where that applies.
    pub fn action(&self, context: Context, key: &KeyEvent) -> Option<Action> {
        let key = Key::from_event(key)?;
        let lookup = |c: Context| {
            self.tables
                .get(&c)
                .and_then(|t| t.get(&key))
                .map(|(a, _)| *a)
        };
        lookup(context).or_else(|| {
            if context.inherits_global() {
                lookup(Context::Global)
            } else {
                None
            }
        })
    }

    /// The keys bound to an action in a context (global included where it applies).
    pub fn keys(&self, context: Context, action: Action) -> Vec<Key> {
        let mut keys: Vec<(usize, Key)> = self
            .tables
            .get(&context)
            .into_iter()
            .flatten()
            .filter(|(_, (a, _))| *a == action)
            .map(|(k, (_, order))| (*order, *k))
            .collect();
        if keys.is_empty() && context.inherits_global() {
            return self.keys(Context::Global, action);
        }
        keys.sort();
        keys.into_iter().map(|(_, k)| k).collect()
    }

    /// The first key of an action, as shown in hints.
    pub fn key_label(&self, context: Context, action: Action) -> Option<String> {
        self.keys(context, action).first().map(Key::to_string)
    }

    /// The key that opens the help where `context` has the keys: its own (or the global one
    /// under a screen's table); in a box, form or dialog, where plain keys are text or the
    /// box's own, the first global chord (f1, ctrl-…) the box leaves free.
    pub fn help_label(&self, context: Context) -> Option<String> {
        if context.inherits_global() {
            return self.key_label(context, Action::Help);
        }
        if context == Context::Results {
            return self.key_label(Context::Workshop, Action::Help);
        }
        let free = |k: &Key| self.tables.get(&context).is_none_or(|t| !t.contains_key(k));
        self.keys(Context::Global, Action::Help)
            .into_iter()
            .find(|k| k.is_chord() && free(k))
            .map(|k| k.to_string())
    }

    /// Every binding of a context: (keys, action), one entry per action, in the order the
    /// actions are first bound (the user's first, then the order of the defaults file).
    pub fn bindings(&self, context: Context) -> Vec<(Vec<Key>, Action)> {
        let mut first: BTreeMap<Action, usize> = BTreeMap::new();
        for (a, order) in self
            .tables
            .get(&context)
            .into_iter()
            .flatten()
            .map(|(_, v)| *v)
        {
            let e = first.entry(a).or_insert(order);
            *e = (*e).min(order);
        }
        let mut actions: Vec<(usize, Action)> = first.into_iter().map(|(a, o)| (o, a)).collect();
        actions.sort();
        actions
            .into_iter()
            .map(|(_, a)| (self.keys(context, a), a))
            .collect()
    }

    /// The maturity keys as one hint ("0-5"), when they are the digits in order.
    pub fn maturity_label(&self, max: u8) -> Option<String> {
        let keys: Vec<Option<String>> = (0..=max)
            .map(|n| self.key_label(Context::Workshop, Action::Maturity(n)))
            .collect();
        let digits = keys
            .iter()
            .enumerate()
            .all(|(n, k)| k.as_deref() == Some(n.to_string().as_str()));
        if digits {
            Some(format!("0-{max}"))
        } else {
            keys.first().cloned().flatten()
        }
    }
}

/// The largest keys.toml read: a key-binding file is a few kilobytes.
const MAX_USER_FILE: u64 = 1 << 20;

/// The text of the user's key file: `None` if there is none; an error saying why it is not
/// used when it is not a regular file (a FIFO, a device, a directory — never waited on or
/// read), cannot be read, is too large or is not UTF-8.
fn read_user_file(path: &Path, lang: Lang) -> Result<Option<String>, String> {
    use std::io::Read as _;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    // Opening a FIFO for reading waits for a writer; without blocking it does not.
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = match options.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(t!(lang, "tui-keys-unreadable", reason = &e.to_string())),
    };
    // What was opened is what is checked, not the name again.
    let meta = file
        .metadata()
        .map_err(|e| t!(lang, "tui-keys-unreadable", reason = &e.to_string()))?;
    if !meta.is_file() {
        return Err(t!(lang, "tui-keys-not-a-file"));
    }
    if meta.len() > MAX_USER_FILE {
        return Err(t!(
            lang,
            "tui-keys-too-large",
            size = &meta.len().to_string(),
            max = &MAX_USER_FILE.to_string()
        ));
    }
    let mut bytes = Vec::new();
    file.take(MAX_USER_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| t!(lang, "tui-keys-unreadable", reason = &e.to_string()))?;
    String::from_utf8(bytes)
        .map_err(|_| t!(lang, "tui-keys-not-utf8"))
        .map(Some)
}

/// Binds `key` to the action named `action` in `context` ("none" frees it), as the next
/// binding in order; false if there is no such action.
fn bind(map: &mut Keymap, context: Context, key: Key, action: &str) -> bool {
    map.bound += 1;
    let order = map.bound;
    let bindings = map.tables.entry(context).or_default();
    if action == "none" {
        bindings.remove(&key);
        return true;
    }
    match Action::parse(action) {
        Some(action) => {
            bindings.insert(key, (action, order));
            true
        }
        None => false,
    }
}

fn merge(map: &mut Keymap, text: &str, lang: Lang) -> Vec<KeymapProblem> {
    let mut problems = Vec::new();
    // Where each line starts, found once: counting the newlines before every key again was
    // half of the time to load the keys at start-up.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |at: usize| starts.partition_point(|&s| s <= at.min(text.len()));
    let (doc, errors) = DeTable::parse_recoverable(text);
    for e in errors {
        problems.push(KeymapProblem {
            line: line_of(e.span().map_or(0, |s| s.start)),
            message: t!(lang, "tui-keys-syntax", error = e.message().trim_end()),
        });
    }
    if !problems.is_empty() {
        return problems;
    }
    // In file order, so that the first key listed for an action is its primary one.
    let mut tables: Vec<_> = doc.get_ref().iter().collect();
    tables.sort_by_key(|(k, _)| k.span().start);
    for (table_name, table) in tables {
        let name = table_name.get_ref().as_ref();
        let line = line_of(table_name.span().start);
        let Some(context) = Context::ALL.into_iter().find(|c| c.name() == name) else {
            let message = match nearest(name, Context::ALL.iter().map(|c| c.name())) {
                Some(n) => t!(lang, "tui-keys-unknown-table-hint", table = name, hint = n),
                None => t!(lang, "tui-keys-unknown-table", table = name),
            };
            problems.push(KeymapProblem { line, message });
            continue;
        };
        let Some(entries) = table.get_ref().as_table() else {
            problems.push(KeymapProblem {
                line,
                message: t!(lang, "tui-keys-not-a-table", table = name),
            });
            continue;
        };
        let mut entries: Vec<_> = entries.iter().collect();
        entries.sort_by_key(|(k, _)| k.span().start);
        for (key, value) in entries {
            let key_name = key.get_ref().as_ref();
            let line = line_of(key.span().start);
            let Some(parsed) = Key::parse(key_name) else {
                problems.push(KeymapProblem {
                    line,
                    message: t!(lang, "tui-keys-unknown-key", key = key_name, table = name),
                });
                continue;
            };
            let action_name = match value.get_ref() {
                DeValue::String(s) => s.as_ref(),
                other => {
                    problems.push(KeymapProblem {
                        line,
                        message: t!(
                            lang,
                            "tui-keys-not-a-string",
                            key = key_name,
                            table = name,
                            found = other.type_str()
                        ),
                    });
                    continue;
                }
            };
            if !bind(map, context, parsed, action_name) {
                let names = ACTIONS.iter().map(|(n, _)| *n).chain(["none"]);
                let message = match nearest(action_name, names) {
                    Some(n) => t!(
                        lang,
                        "tui-keys-unknown-action-hint",
                        action = action_name,
                        key = key_name,
                        table = name,
                        hint = n
                    ),
                    None => t!(
                        lang,
                        "tui-keys-unknown-action",
                        action = action_name,
                        key = key_name,
                        table = name
                    ),
                };
                problems.push(KeymapProblem { line, message });
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A screen is declared once: each view has its own table, bound in keys.toml, falling
    /// back to [global]; every table that falls back to [global] is a view's.
    #[test]
    fn every_screen_table_is_a_view() {
        let screens: Vec<Context> = Context::ALL
            .into_iter()
            .filter(|c| c.inherits_global())
            .collect();
        let views: Vec<Context> = View::ALL.iter().map(|v| v.context()).collect();
        assert_eq!(screens, views);
        for view in View::ALL {
            let name = view.context().name();
            assert!(
                DEFAULT_BINDINGS.iter().any(|(table, _)| *table == name),
                "no [{name}] in keys.toml"
            );
        }
        assert!(!Context::Global.inherits_global());
        assert!(!Context::Results.inherits_global());
    }

    #[test]
    fn the_defaults_built_in_are_keys_toml_read_at_run_time() {
        // build.rs turns keys.toml into a table; reading the file the way a user's keys.toml
        // is read must give the same bindings, in the same order.
        let (built, problems) = Keymap::with_overrides(None);
        assert!(problems.is_empty());
        let mut read = Keymap {
            tables: BTreeMap::new(),
            bound: 1_000_000,
        };
        assert_eq!(
            merge(&mut read, include_str!("keys.toml"), Lang::En),
            vec![]
        );
        assert_eq!(read.tables, built.tables);
        assert!(built.tables.values().map(BTreeMap::len).sum::<usize>() > 50);
    }
    use ratatui::crossterm::event::KeyEventKind;

    fn ev(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: ratatui::crossterm::event::KeyEventState::NONE,
        }
    }

    fn ch(c: char) -> KeyEvent {
        ev(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn defaults_bind_digits_arrows_and_vim_keys() {
        let map = Keymap::default();
        assert_eq!(
            map.action(Context::Workshop, &ch('3')),
            Some(Action::Maturity(3))
        );
        assert_eq!(map.action(Context::Workshop, &ch('j')), Some(Action::Down));
        assert_eq!(
            map.action(Context::Workshop, &ev(KeyCode::Down, KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(map.action(Context::Home, &ch('k')), Some(Action::Up));
        // Global bindings apply on screens, not inside text boxes.
        assert_eq!(map.action(Context::Home, &ch('?')), Some(Action::Help));
        assert_eq!(map.action(Context::Editor, &ch('?')), None);
        assert_eq!(
            map.action(
                Context::Editor,
                &ev(KeyCode::Char('s'), KeyModifiers::CONTROL)
            ),
            Some(Action::Save)
        );
        // Shift+Tab arrives either as BackTab or as Tab with SHIFT.
        assert_eq!(
            map.action(Context::Workshop, &ev(KeyCode::Tab, KeyModifiers::SHIFT)),
            Some(Action::PreviousUnanswered)
        );
        assert_eq!(
            map.action(
                Context::Workshop,
                &ev(KeyCode::BackTab, KeyModifiers::SHIFT)
            ),
            Some(Action::PreviousUnanswered)
        );
    }

    #[test]
    fn a_user_file_overrides_and_unbinds() {
        let (map, problems) = Keymap::with_overrides(Some(
            "[workshop]\n\"J\" = \"jump\"\n\"g\" = \"none\"\n\"ctrl-G\" = \"jump\"\n",
        ));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(map.action(Context::Workshop, &ch('J')), Some(Action::Jump));
        assert_eq!(map.action(Context::Workshop, &ch('g')), None);
        assert_eq!(
            map.action(
                Context::Workshop,
                &ev(KeyCode::Char('g'), KeyModifiers::CONTROL)
            ),
            Some(Action::Jump)
        );
        // Other defaults are untouched.
        assert_eq!(map.action(Context::Workshop, &ch(':')), Some(Action::Jump));
        // A key the user bound comes first in hints; then the defaults in file order.
        assert_eq!(
            map.keys(Context::Workshop, Action::Jump)[0].to_string(),
            "J"
        );
        assert_eq!(
            Keymap::default()
                .key_label(Context::Workshop, Action::Jump)
                .as_deref(),
            Some("g")
        );
    }

    #[test]
    fn bad_entries_are_reported_with_line_and_key_and_skipped() {
        let text = "[workshop]\n\"g\" = \"jmp\"\n\"hyper-x\" = \"jump\"\n\"z\" = 3\n[wrokshop]\n\"a\" = \"undo\"\n[home]\n\"N\" = \"new\"\n";
        let (map, problems) = Keymap::with_overrides(Some(text));
        let lines: Vec<(usize, &str)> = problems
            .iter()
            .map(|p| (p.line, p.message.as_str()))
            .collect();
        assert_eq!(
            lines,
            [
                (
                    2,
                    "unknown action \"jmp\" for key \"g\" in [workshop] (did you mean \"jump\"?)"
                ),
                (3, "unknown key \"hyper-x\" in [workshop]"),
                (
                    4,
                    "key \"z\" in [workshop]: the action must be a string, found integer"
                ),
                (5, "unknown table [wrokshop] (did you mean [workshop]?)"),
            ]
        );
        // The good line still applies, and the bad one left the default in place.
        assert_eq!(map.action(Context::Home, &ch('N')), Some(Action::New));
        assert_eq!(map.action(Context::Workshop, &ch('g')), Some(Action::Jump));
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let (_, problems) = Keymap::with_overrides(Some("[home]\n\"q\" = quit\n"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2);
        assert!(problems[0].message.starts_with("TOML syntax"));
    }

    #[test]
    fn keys_round_trip_through_their_names() {
        for name in [
            "a",
            "A",
            "?",
            "ctrl-s",
            "alt-x",
            "enter",
            "shift-tab",
            "f5",
            "space",
            "pagedown",
        ] {
            assert_eq!(Key::parse(name).unwrap().to_string(), name);
        }
        assert!(Key::parse("f13").is_none());
        assert!(Key::parse("ctrl-").is_none());
        assert_eq!(Key::parse("ctrl-S"), Key::parse("ctrl-s"));
    }

    #[test]
    fn hints_follow_the_bindings() {
        let map = Keymap::default();
        assert_eq!(map.maturity_label(5).as_deref(), Some("0-5"));
        assert_eq!(
            map.key_label(Context::Workshop, Action::Help).as_deref(),
            Some("?")
        );
        let (moved, _) =
            Keymap::with_overrides(Some("[global]\n\"?\" = \"none\"\n\"h\" = \"help\"\n"));
        assert_eq!(
            moved.key_label(Context::Workshop, Action::Help).as_deref(),
            Some("h")
        );
        let help = moved.bindings(Context::Global);
        assert!(
            help.iter()
                .any(|(keys, a)| *a == Action::Help && keys.iter().any(|k| k.to_string() == "h"))
        );
    }

    #[test]
    fn the_roadmap_and_the_export_dialog_have_their_keys() {
        let map = Keymap::default();
        let shift = |c: char| ev(KeyCode::Char(c), KeyModifiers::SHIFT);
        for context in [Context::Workshop, Context::Dashboard] {
            assert_eq!(map.action(context, &ch('r')), Some(Action::Roadmap));
            assert_eq!(map.action(context, &shift('E')), Some(Action::Export));
        }
        // Notes keep the lower-case e.
        assert_eq!(map.action(Context::Workshop, &ch('e')), Some(Action::Notes));
        let enter = ev(KeyCode::Enter, KeyModifiers::NONE);
        let esc = ev(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(
            map.action(Context::Roadmap, &enter),
            Some(Action::OpenQuestion)
        );
        assert_eq!(
            map.action(Context::Roadmap, &esc),
            Some(Action::PreviousScreen)
        );
        assert_eq!(
            map.action(Context::Roadmap, &ch('s')),
            Some(Action::PreviousScreen)
        );
        assert_eq!(map.action(Context::Roadmap, &ch('j')), Some(Action::Down));
        assert_eq!(map.action(Context::Roadmap, &ch('?')), Some(Action::Help));
        assert_eq!(map.action(Context::Export, &enter), Some(Action::Export));
        assert_eq!(map.action(Context::Export, &esc), Some(Action::Cancel));
        // The dialog has a text field: nothing global reaches it.
        assert_eq!(map.action(Context::Export, &ch('?')), None);
    }

    /// Loads a keys file on another thread: a load that waits (on a FIFO, say) fails the
    /// test instead of hanging it.
    fn load_within_a_second(path: &Path) -> (Keymap, Vec<String>) {
        let path = path.to_path_buf();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(Keymap::load(Some(&path))));
        rx.recv_timeout(std::time::Duration::from_secs(1))
            .expect("loading keys.toml waited")
    }

    #[test]
    fn a_file_that_leaves_no_way_to_quit_is_refused_whole() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("keys.toml");
        let text = "[global]\n\"ctrl-c\" = \"none\"\n[home]\n\"q\" = \"none\"\n\"n\" = \"up\"\n";
        std::fs::write(&path, text).unwrap();
        let (map, problems) = load_within_a_second(&path);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("no key to quit on the Assessments screen"),
            "{problems:?}"
        );
        assert!(problems[0].contains("default keys apply"), "{problems:?}");
        // None of the file applies, not even its harmless lines.
        assert_eq!(map.action(Context::Home, &ch('q')), Some(Action::Quit));
        assert_eq!(map.action(Context::Home, &ch('n')), Some(Action::New));
        let ctrl_c = ev(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(map.action(Context::Global, &ctrl_c), Some(Action::Quit));
        // Moving quit to another key is fine.
        std::fs::write(
            &path,
            "[global]\n\"ctrl-c\" = \"none\"\n\"ctrl-q\" = \"quit\"\n",
        )
        .unwrap();
        let (map, problems) = load_within_a_second(&path);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(map.screen_without_quit(), None);
        assert_eq!(map.action(Context::Global, &ctrl_c), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_keys_file_that_is_not_a_regular_file_is_ignored_never_waited_on() {
        let dir = tempfile::TempDir::new().unwrap();
        let fifo = dir.path().join("fifo.toml");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid C string path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let folder = dir.path().join("folder.toml");
        std::fs::create_dir(&folder).unwrap();
        for path in [fifo.as_path(), folder.as_path(), Path::new("/dev/zero")] {
            let (map, problems) = load_within_a_second(path);
            assert_eq!(problems.len(), 1, "{path:?}: {problems:?}");
            assert!(problems[0].contains("not a regular file"), "{problems:?}");
            assert_eq!(map.action(Context::Home, &ch('q')), Some(Action::Quit));
        }
        // No file at all is the ordinary case: nothing to say.
        let (_, problems) = load_within_a_second(&dir.path().join("none.toml"));
        assert!(problems.is_empty());
    }

    #[test]
    fn problems_are_said_in_the_language_asked_for() {
        let text = "[hoem]\n\"x\" = \"quit\"\n[home]\n\"q\" = \"qiut\"\n";
        let (_, problems) = Keymap::with_overrides_in(Lang::De, Some(text));
        let said: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            said,
            [
                "unbekannte Tabelle [hoem]",
                "unbekannte Aktion \"qiut\" für Taste \"q\" in [home]",
            ]
        );
        let (_, english) = Keymap::with_overrides(Some(text));
        assert_eq!(english[0].message, "unknown table [hoem]");
    }

    #[test]
    fn every_action_has_a_name_and_a_description() {
        for (name, action) in ACTIONS {
            assert_eq!(Action::parse(name), Some(*action));
            assert_eq!(action.name(), *name);
            for lang in [Lang::En, Lang::De] {
                assert!(!action.describe(lang).is_empty());
                assert!(!action.short(lang).is_empty());
            }
        }
        assert_eq!(Action::parse("maturity-4"), Some(Action::Maturity(4)));
        assert_eq!(Action::parse("maturity-10"), None);
    }
}
