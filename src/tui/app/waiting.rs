//! A write that waits for another user's: the store answers at once that the database
//! is locked ([`Outcome::Busy`](super::Outcome::Busy)), the app remembers the write and
//! the event loop tries it again until it lands, the user cancels it, or it gives up.
//! Meanwhile every key is answered.
//!
//! What keys do while a write waits (decided so that nothing typed goes astray):
//! - `Esc` cancels the waiting write; nothing is written. The input, picker or form it
//!   came from stays open with what was typed, so Enter tries again.
//! - While the write came from an input, picker or form, that stays on screen as it was
//!   sent, and no key is typed into it (nor pasted): the status line says the key was
//!   not typed, and why. What is saved is exactly what was on screen at Enter.
//! - A write with nothing open (undo, redo, delete) leaves the keys to the screen: rows
//!   move, search and filters work. Another change, or quitting, is refused with a
//!   message until the waiting one lands or is cancelled, so one write waits at a time.

use ratatui::crossterm::event::KeyEvent;

use super::{App, Effect, Notice};
use crate::tui::action::Action;
use crate::tui::keymap::{self, Context};

/// How many times a write that finds the database locked is tried before giving up.
/// The event loop tries every `tui::RETRY` (100 ms) and each try waits a moment for
/// the lock, so this is about half a minute.
pub const WRITE_ATTEMPTS: u32 = 250;

/// A write the database was too busy to take yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingWrite {
    /// The write, tried again exactly as first asked for. An edit carries the version
    /// it started from, so it can land only once: a second landing would conflict.
    pub effect: Effect,
    /// It came from the input, picker or form on screen, which is held unchanged.
    pub holds_overlay: bool,
    /// How many times it has found the database locked.
    pub attempts: u32,
}

impl App {
    /// The store could not take `effect` yet: wait for it, or give up after
    /// [`WRITE_ATTEMPTS`].
    pub(crate) fn write_waits(&mut self, effect: Effect) -> Vec<Effect> {
        let waiting = self.waiting.get_or_insert_with(|| WaitingWrite {
            effect,
            holds_overlay: self.overlay.is_some(),
            attempts: 0,
        });
        waiting.attempts += 1;
        if waiting.attempts >= WRITE_ATTEMPTS {
            self.waiting = None;
            self.error(Notice::StillBusy);
        } else if self.status.is_none() {
            self.info(Notice::Waiting);
        }
        Vec::new()
    }

    /// The write to try again now, if one waits. The event loop calls this every
    /// `tui::RETRY` while [`App::waiting`] is set.
    pub fn retry_effects(&self) -> Vec<Effect> {
        self.waiting.iter().map(|w| w.effect.clone()).collect()
    }

    /// A key pressed while a write waits, when it is not for the screen: `Esc`
    /// cancels, keys for a held input are not typed, quitting is refused. `None` lets
    /// the key through.
    pub(crate) fn key_while_waiting(&mut self, key: &KeyEvent, context: Context) -> Option<Vec<Effect>> {
        let waiting = self.waiting.as_ref()?;
        let holds_overlay = waiting.holds_overlay;
        if keymap::resolve(Context::Input, key) == Some(Action::CancelEdit) {
            self.waiting = None;
            self.info(Notice::SaveCancelled { retry: holds_overlay });
            return Some(Vec::new());
        }
        if holds_overlay {
            self.info(Notice::NotTyped);
            return Some(Vec::new());
        }
        if keymap::resolve(context, key) == Some(Action::Quit) {
            self.error(Notice::WaitingBeforeQuit);
            return Some(Vec::new());
        }
        None
    }

    /// Whether a paste must be held back: it would go into the input being saved.
    pub(crate) fn holds_input(&mut self) -> bool {
        let held = self.waiting.as_ref().is_some_and(|w| w.holds_overlay);
        if held {
            self.info(Notice::NotPasted);
        }
        held
    }

    /// Refuses a second change while one waits; says whether it refused.
    pub(crate) fn refuse_while_waiting(&mut self) -> bool {
        if self.waiting.is_some() {
            self.error(Notice::AlreadyWaiting);
        }
        self.waiting.is_some()
    }
}
