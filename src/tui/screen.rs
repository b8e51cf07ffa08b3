//! What every screen and overlay tells the application about itself: which key table has
//! the keys now, what the footer offers, and which tables the help lists. The application
//! asks; it never decides these for a screen, so a new screen brings its own.

use super::keymap::{Action, Context};

pub trait Screen {
    /// The key table of whatever has the keys on this screen now: its own, or that of a
    /// box, form or question open over it.
    fn keys(&self) -> Context;

    /// What the footer offers, in order, for [`Screen::keys`].
    fn hints(&self) -> &'static [Action] {
        shared_hints(self.keys())
    }

    /// The key tables the help lists while this screen shows, its own first.
    fn help(&self) -> &'static [Context];
}

/// The footer of the parts every screen shares: a text box, a form, a yes/no question, the
/// export dialog and the picker of who said it.
pub fn shared_hints(context: Context) -> &'static [Action] {
    match context {
        Context::Export => &[
            Action::Export,
            Action::NextField,
            Action::Down,
            Action::Cancel,
        ],
        Context::Editor => &[Action::Save, Action::Cancel],
        Context::Form => &[Action::NextField, Action::Save, Action::Cancel],
        Context::Confirm => &[Action::Yes, Action::No],
        Context::Picker => &[Action::Toggle, Action::Down, Action::Save, Action::Cancel],
        _ => &[],
    }
}
