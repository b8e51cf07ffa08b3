//! Where the loop gets its events (the terminal, or a script in tests), and the loop.

use super::*;

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
    pub signals: crate::tui::terminal::Signals,
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
    let result = run_until_done(terminal, app, events);
    if result.is_err() {
        // The terminal failed under the loop (most often it went away: a frame could not be
        // written or a key read): the text being typed is kept all the same.
        app.keep_typed_text();
    }
    result
}

fn run_until_done<B: Backend>(
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
        // The first frame is up: the store's guards go in before the first key is read (see
        // `Store::open_unguarded`).
        if !app.store.is_guarded() {
            // But first the terminal takes the frame. The kernel hands what was written to a
            // pseudo-terminal over to the terminal's side in a worker queued on this
            // processor, which runs only once this process stops for it: without the yield
            // the frame reached the screen after the guards, 1.5 ms later (BENCHMARKS.md).
            std::thread::yield_now();
            app.store.guard()?;
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
