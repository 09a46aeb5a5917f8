//! The terminal interface.
//!
//! - [`app`]: the state and its logic (keys in, effects out), with no terminal and no
//!   database, so it is tested directly;
//! - [`keymap`] and [`action`]: the one table of keys, which also feeds the help;
//! - [`columns`]: the projects table's columns, defined once for the cursor and the drawing;
//! - [`ui`]: drawing the state;
//! - [`effects`]: running the app's requests against the store;
//! - [`terminal`] and [`run`]: the event loop and the terminal at the edge.

pub mod action;
pub mod app;
pub mod columns;
pub mod effects;
pub mod keymap;
mod keymap_meetings;
pub mod layout;
pub mod scrolling;
pub mod terminal;
pub mod ui;
pub mod words;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Result;
use ratatui::crossterm::event::{self, Event};

use crate::store::Store;
use app::App;

/// How often the loop wakes when nothing happens: to notice a hangup, and other users'
/// changes. Nothing is drawn unless something changed.
const TICK: Duration = Duration::from_millis(200);
/// How long the event loop has to stop by itself after a hangup before the process
/// is ended for it.
const HANGUP_GRACE: Duration = Duration::from_millis(400);
/// How often the database is asked whether someone else changed it.
const DATA_CHECK: Duration = Duration::from_millis(500);
/// How often a write that found the database locked is tried again; the keys are
/// answered in between.
pub const RETRY: Duration = Duration::from_millis(100);

/// Runs the interface on the store until the user quits or the terminal goes away.
pub fn run(mut store: Store, mouse: bool) -> Result<()> {
    terminal::require_terminal()?;
    let stop = Arc::new(AtomicBool::new(false));
    watch_for_hangup(Arc::clone(&stop))?;
    let mut screen = terminal::enter(mouse)?;
    let result = event_loop(&mut screen, &mut store, &stop);
    terminal::restore();
    result
}

/// What runs just before the process is ended for a hangup: the SSH entry logs the end
/// of the session with it. Taken once, so it never runs twice.
type HangupHook = Box<dyn FnOnce(i32) + Send>;
static ON_HANGUP: std::sync::Mutex<Option<HangupHook>> = std::sync::Mutex::new(None);
/// The signal that ended the interface, or 0.
static HUNG_UP: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// Runs `hook` with the signal's number if the interface is ended by a hangup (SIGHUP,
/// SIGTERM, SIGINT or SIGQUIT) and the process must end before `run` returns.
pub fn on_hangup(hook: impl FnOnce(i32) + Send + 'static) {
    if let Ok(mut slot) = ON_HANGUP.lock() {
        *slot = Some(Box::new(hook));
    }
}

/// The signal that stopped the interface, if one did (`run` then returned by itself).
pub fn hung_up() -> Option<i32> {
    Some(HUNG_UP.load(Ordering::SeqCst)).filter(|&signal| signal != 0)
}

/// Takes the hook, so that whoever ends the session first (the loop returning, or the
/// hangup thread ending the process) is the only one to run it.
pub fn take_hangup_hook() -> Option<HangupHook> {
    ON_HANGUP.lock().ok().and_then(|mut slot| slot.take())
}

/// On SIGHUP (the SSH link dropped), SIGTERM, SIGINT or SIGQUIT: ask the event loop
/// to stop, and if it has not within a moment, end the process from here. Once the
/// terminal is gone crossterm's reader can spin inside `poll` and never return
/// (crossterm issue 793), so the loop cannot be relied on to notice. Ending the process
/// mid-write is safe: an SQLite transaction that did not commit is rolled back.
fn watch_for_hangup(stop: Arc<AtomicBool>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM, SIGINT, SIGQUIT])?;
    std::thread::Builder::new().name("hangup".into()).spawn(move || {
        if let Some(signal) = signals.forever().next() {
            HUNG_UP.store(signal, Ordering::SeqCst);
            stop.store(true, Ordering::SeqCst);
            std::thread::sleep(HANGUP_GRACE);
            terminal::restore();
            if let Some(hook) = take_hangup_hook() {
                hook(signal);
            }
            std::process::exit(128 + signal);
        }
    })?;
    Ok(())
}

/// Draws a frame. When the table only scrolled since the last frame, its lines are
/// first moved on the terminal, so that only the rows that came in are sent. Returns
/// where the table's lines are, for the next frame.
fn draw(
    screen: &mut terminal::Screen,
    app: &App,
    theme: ui::Theme,
    before: Option<(std::ops::Range<u16>, usize)>,
) -> Result<Option<(std::ops::Range<u16>, usize)>> {
    let now = app.table_lines();
    if let (Some((lines_before, top_before)), Some((lines, top))) = (&before, &now)
        && lines_before == lines
    {
        let delta = i32::try_from(*top as i64 - *top_before as i64).unwrap_or(i32::MAX);
        screen.backend_mut().scroll_lines(lines.clone(), delta)?;
    }
    screen.draw(|frame| ui::draw(frame, app, theme))?;
    scrolling::forget_previous_frame(screen);
    Ok(now)
}

/// How often a count asks whether a key is waiting: a key is answered within a frame.
pub const KEY_CHECK: Duration = Duration::from_millis(2);

/// Whether a key (or any input) is waiting to be read; a failing terminal counts as
/// one, so that the loop reads it and stops.
fn key_waiting() -> bool {
    event::poll(Duration::ZERO).unwrap_or(true)
}

fn event_loop(screen: &mut terminal::Screen, store: &mut Store, stop: &AtomicBool) -> Result<()> {
    let size = screen.size()?;
    let today = chrono::Local::now().date_naive();
    let mut app = App::new(size.width, size.height, store.is_read_only(), today);
    let theme = ui::Theme::from_env();
    let first = app.start();
    effects::run_all(&mut app, store, first);
    if store.was_created() {
        // A mistyped --db creates a database too: said on the screen, not after quitting.
        app.announce_new_database(store.path());
    }
    let mut data_version = store.data_version().unwrap_or(0);
    let mut last_check = Instant::now();
    let mut last_retry = Instant::now();
    let mut dirty = true;
    let mut drawn_table = None;
    while !app.should_quit && !stop.load(Ordering::SeqCst) {
        if dirty {
            drawn_table = draw(screen, &app, theme, drawn_table)?;
            dirty = false;
        }
        // The rows are on the screen; now, unless the user is already typing on, the
        // slower work (counting a long list) is done, and the footer drawn again. A key
        // that arrives meanwhile stops the count, which is done again later.
        if !event::poll(Duration::ZERO)?
            && effects::when_idle_unless(&mut app, store, effects::asked_every(KEY_CHECK, key_waiting))
        {
            dirty = true;
            continue;
        }
        let wait = if app.waiting.is_some() { RETRY } else { TICK };
        if event::poll(wait)? {
            let event = event::read()?;
            let effects = app.handle_event(&event);
            effects::run_all(&mut app, store, effects);
            dirty = !matches!(event, Event::FocusGained | Event::FocusLost);
        }
        if app.waiting.is_some() && last_retry.elapsed() >= RETRY {
            last_retry = Instant::now();
            dirty |= effects::retry_waiting(&mut app, store);
        }
        if last_check.elapsed() >= DATA_CHECK {
            last_check = Instant::now();
            dirty |= effects::refresh_if_changed(&mut app, store, &mut data_version);
        }
    }
    Ok(())
}
