//! The terminal at the edge: raw mode and the alternate screen on the way in, and a
//! restore that runs exactly once whatever the way out: quit, error, panic, or a
//! SIGTERM/SIGHUP when the SSH connection drops.

use std::io::{self, BufWriter, IsTerminal, Stdout, Write};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use anyhow::Context as _;
use ratatui::Terminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::crossterm::{execute, queue};

use super::scrolling::{self, ScrollingBackend};

/// Whether the terminal is in ortaq's mode and needs restoring.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether mouse capture was turned on.
static MOUSE: AtomicBool = AtomicBool::new(false);
/// How many times the restoring sequences were written (for tests: never twice).
static RESTORES: AtomicU8 = AtomicU8::new(0);

/// The terminal ortaq draws on: a buffered stdout, so that one frame is one write, that
/// moves the table's lines when it scrolls instead of drawing them again.
pub type Screen = Terminal<ScrollingBackend<BufWriter<Stdout>>>;

/// Refuses to start without a terminal (`ssh host ortaq` without `-t`, or a pipe).
pub fn require_terminal() -> anyhow::Result<()> {
    if io::stdin().is_terminal() && io::stdout().is_terminal() {
        return Ok(());
    }
    anyhow::bail!(crate::tr!("tui-needs-terminal"))
}

/// Enters raw mode and the alternate screen, and makes sure a panic restores them.
pub fn enter(mouse: bool) -> anyhow::Result<Screen> {
    install_panic_hook();
    enable_raw_mode().with_context(|| crate::tr!("tui-terminal-setup-failed"))?;
    ACTIVE.store(true, Ordering::SeqCst);
    MOUSE.store(mouse, Ordering::SeqCst);
    let mut stdout = io::stdout();
    let entered = execute!(stdout, EnterAlternateScreen, EnableBracketedPaste).and_then(|()| {
        if mouse {
            execute!(stdout, EnableMouseCapture)
        } else {
            Ok(())
        }
    });
    if let Err(error) = entered {
        restore();
        return Err(anyhow::Error::from(error).context(crate::tr!("tui-terminal-setup-failed")));
    }
    let terminal = Terminal::new(ScrollingBackend::new(BufWriter::with_capacity(64 * 1024, io::stdout())));
    let mut terminal = terminal.map_err(|error| {
        restore();
        anyhow::Error::from(error).context(crate::tr!("tui-terminal-setup-failed"))
    })?;
    scrolling::forget_previous_frame(&mut terminal);
    Ok(terminal)
}

/// Puts the terminal back as it was. Safe to call any number of times: only the first
/// call after `enter` writes anything. Errors are ignored: after a hangup there is no
/// terminal left to restore.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    RESTORES.fetch_add(1, Ordering::SeqCst);
    let mut stdout = io::stdout();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = queue!(stdout, DisableMouseCapture);
    }
    let _ = queue!(stdout, DisableBracketedPaste, LeaveAlternateScreen, Show);
    let _ = stdout.flush();
    let _ = disable_raw_mode();
}

/// How many times `restore` actually restored.
pub fn restore_count() -> u8 {
    RESTORES.load(Ordering::SeqCst)
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restore_is_idempotent() {
        // Not entered: nothing to restore, nothing written.
        restore();
        assert_eq!(restore_count(), 0);
        ACTIVE.store(true, Ordering::SeqCst);
        restore();
        restore();
        assert_eq!(restore_count(), 1);
    }
}
