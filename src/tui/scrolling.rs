//! Fewer bytes down the SSH link when the table scrolls.
//!
//! ratatui redraws every cell that differs from its previous frame, so when the table
//! scrolls by one row every visible row is sent again (about 2 KB at 80x24). A terminal
//! can move lines itself: with a scrolling margin (DECSTBM) around the table's rows,
//! "delete line" (DL) or "insert line" (IL) shifts them in a dozen bytes, and only the
//! new row and the cursor's rows need drawing.
//!
//! [`ScrollingBackend`] wraps the crossterm backend and keeps its own copy of what the
//! screen shows. [`ScrollingBackend::scroll_lines`] shifts the lines on the terminal and
//! in that copy; drawing then sends only the cells that differ from the copy. For this
//! to hold, ratatui must hand over every cell of a frame, not just those that changed
//! since its previous frame (which no longer matches the screen after a shift):
//! [`forget_previous_frame`] sees to that after each draw. Whatever goes wrong, a cell
//! the copy is not sure of is drawn, so the worst case is the bytes ratatui would have
//! sent anyway.

use std::cell::RefCell;
use std::io::{self, Write};
use std::ops::Range;
use std::rc::Rc;

use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier, Style};
use unicode_width::UnicodeWidthStr;

/// A crossterm backend that knows what is on the screen and can move lines.
pub struct ScrollingBackend<W: Write> {
    /// Encodes into `staged`, which is compacted on the way out (see [`compact_styles`]).
    inner: CrosstermBackend<Staging>,
    staged: Staging,
    out: W,
    /// What each screen cell shows, by row; `None` (or a missing cell) where unknown.
    shown: Vec<Vec<Option<Cell>>>,
    /// Whether the cursor is hidden, so hiding it again (ratatui does on every frame)
    /// sends nothing.
    cursor_hidden: bool,
}

impl<W: Write> ScrollingBackend<W> {
    pub fn new(writer: W) -> Self {
        let staged = Staging::default();
        ScrollingBackend {
            inner: CrosstermBackend::new(staged.clone()),
            staged,
            out: writer,
            shown: Vec::new(),
            cursor_hidden: false,
        }
    }

    /// Moves the contents of screen rows `rows` up by `delta` lines (down if negative),
    /// as when a list scrolls down (up) by `delta`. The lines that come in are blank
    /// until drawn. Does nothing when the shift is as tall as the region.
    pub fn scroll_lines(&mut self, rows: Range<u16>, delta: i32) -> io::Result<()> {
        let height = rows.end.saturating_sub(rows.start);
        let lines = u16::try_from(delta.unsigned_abs()).unwrap_or(u16::MAX);
        if delta == 0 || lines >= height {
            return Ok(());
        }
        let (top, bottom) = (rows.start + 1, rows.end);
        let operation = if delta > 0 { 'M' } else { 'L' };
        let count = if lines == 1 { String::new() } else { lines.to_string() };
        // Margins around the rows, the cursor to their top line, delete (or insert)
        // lines there, then the whole screen as the margin again. Every byte counts on
        // a slow link, so defaults are left out.
        write!(
            self.inner,
            "\x1b[{top};{bottom}r\x1b[{top}H\x1b[{count}{operation}\x1b[r"
        )?;

        let end = usize::from(rows.end);
        if self.shown.len() < end {
            self.shown.resize_with(end, Vec::new);
        }
        let region = &mut self.shown[usize::from(rows.start)..end];
        let lines = usize::from(lines);
        if delta > 0 {
            region.rotate_left(lines);
            let incoming = region.len() - lines;
            region[incoming..].iter_mut().for_each(Vec::clear);
        } else {
            region.rotate_right(lines);
            region[..lines].iter_mut().for_each(Vec::clear);
        }
        Ok(())
    }

    fn is_shown(&self, x: u16, y: u16, cell: &Cell) -> bool {
        self.shown
            .get(usize::from(y))
            .and_then(|row| row.get(usize::from(x)))
            .is_some_and(|shown| shown.as_ref() == Some(cell))
    }

    fn remember(&mut self, x: u16, y: u16, cell: &Cell) {
        let (x, y) = (usize::from(x), usize::from(y));
        if self.shown.len() <= y {
            self.shown.resize_with(y + 1, Vec::new);
        }
        let row = &mut self.shown[y];
        let width = cell.symbol().width().max(1);
        if row.len() < x + width {
            row.resize(x + width, None);
        }
        // A wide character to the left loses its right half, and so is no longer shown.
        if x > 0 && row[x - 1].as_ref().is_some_and(|left| left.symbol().width() > 1) {
            row[x - 1] = None;
        }
        row[x] = Some(cell.clone());
        // The columns a wide character covers hold nothing of their own.
        row[x + 1..x + width].iter_mut().for_each(|c| *c = None);
    }

    fn forget_all(&mut self) {
        self.shown.clear();
    }
}

impl<W: Write> Backend for ScrollingBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut changed = Vec::new();
        for (x, y, cell) in content {
            if !self.is_shown(x, y, cell) {
                self.remember(x, y, cell);
                changed.push((x, y, cell));
            }
        }
        if changed.is_empty() {
            // The crossterm backend would still send its closing style reset.
            return Ok(());
        }
        self.inner.draw(changed.into_iter())
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.forget_all();
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_hidden {
            return Ok(());
        }
        self.cursor_hidden = true;
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.cursor_hidden = false;
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.forget_all();
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.forget_all();
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)?;
        let staged = std::mem::take(&mut *self.staged.0.borrow_mut());
        self.out.write_all(&compact_styles(&staged))?;
        self.out.flush()
    }
}

/// Bytes on their way to the terminal, shared with the crossterm backend that encodes them.
#[derive(Clone, Default)]
struct Staging(Rc<RefCell<Vec<u8>>>);

impl Write for Staging {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Rewrites runs of style sequences (SGR) as one: crossterm sends one per attribute
/// and ends every frame with four resets (`ESC[39m ESC[49m ESC[59m ESC[0m`), where one
/// sequence, and after a full reset nothing before it, does the same. Everything else
/// passes through unchanged.
pub fn compact_styles(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut run: Vec<StyleGroup<'_>> = Vec::new();
    let mut rest = bytes;
    loop {
        match style_sequence(rest) {
            Some((groups, after)) => {
                run.extend(groups);
                rest = after;
            }
            None => {
                write_styles(&mut out, &run);
                run.clear();
                let Some((&byte, after)) = rest.split_first() else {
                    break;
                };
                out.push(byte);
                rest = after;
            }
        }
    }
    out
}

/// One style parameter, with its arguments: `1`, or `38;5;6`.
type StyleGroup<'a> = Vec<&'a [u8]>;

/// An SGR sequence at the start of `bytes`, as its parameter groups (`38;5;6` is one
/// group, a colour), and what follows it.
fn style_sequence(bytes: &[u8]) -> Option<(Vec<StyleGroup<'_>>, &[u8])> {
    let body = bytes.strip_prefix(b"\x1b[")?;
    let end = body.iter().position(|b| !(b.is_ascii_digit() || *b == b';'))?;
    if body[end] != b'm' {
        return None;
    }
    let params: Vec<&[u8]> = body[..end].split(|b| *b == b';').collect();
    let mut groups = Vec::new();
    let mut i = 0;
    while i < params.len() {
        // Extended colours take their arguments with them: 38;5;n and 38;2;r;g;b.
        let len = match (params[i], params.get(i + 1).copied()) {
            (b"38" | b"48" | b"58", Some(b"5")) => 3,
            (b"38" | b"48" | b"58", Some(b"2")) => 5,
            _ => 1,
        };
        let group_end = (i + len).min(params.len());
        groups.push(params[i..group_end].to_vec());
        i = group_end;
    }
    Some((groups, &body[end + 1..]))
}

fn write_styles(out: &mut Vec<u8>, groups: &[StyleGroup<'_>]) {
    if groups.is_empty() {
        return;
    }
    // What comes before the last full reset has no effect.
    let is_reset = |group: &StyleGroup<'_>| group.len() == 1 && matches!(group[0], b"" | b"0");
    let start = groups.iter().rposition(is_reset).unwrap_or(0);
    out.extend_from_slice(b"\x1b[");
    for (n, group) in groups[start..].iter().enumerate() {
        if n > 0 {
            out.push(b';');
        }
        out.extend_from_slice(&group.join(&b';'));
    }
    out.push(b'm');
}

/// Makes ratatui's next frame hand every cell to the backend, which then sends only
/// what the screen does not already show. Call once before the first draw and after
/// each draw.
pub fn forget_previous_frame<W: Write>(terminal: &mut Terminal<ScrollingBackend<W>>) {
    // A cell no view draws, so that every cell of the next frame differs from it.
    let mut never_drawn = Cell::new("\u{2591}");
    never_drawn.set_style(
        Style::new()
            .fg(Color::Rgb(1, 2, 3))
            .bg(Color::Rgb(3, 2, 1))
            .add_modifier(Modifier::HIDDEN | Modifier::SLOW_BLINK),
    );
    // Outside a draw the current buffer is a blank one the next frame is drawn into:
    // mark it, and swap it in as the "previous" frame.
    terminal.current_buffer_mut().content.fill(never_drawn);
    terminal.swap_buffers();
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::backend::TestBackend;
    use ratatui::layout::Rect;
    use ratatui::style::Stylize;
    use ratatui::text::Line;
    use ratatui::widgets::Paragraph;

    const WIDTH: u16 = 24;
    const HEIGHT: u16 = 16;
    /// Rows 2..14 hold the list; a title above, a footer below.
    const LIST: Range<u16> = 2..14;

    /// The bytes the backend writes, kept where the test can read them.
    type Sent = Staging;

    struct Screen {
        terminal: Terminal<ScrollingBackend<Sent>>,
        sent: Sent,
        parser: vt100::Parser,
        scroll: usize,
    }

    impl Screen {
        fn new() -> Self {
            let sent = Sent::default();
            let mut backend = ScrollingBackend::new(sent.clone());
            backend.clear().unwrap();
            let terminal = Terminal::with_options(
                backend,
                ratatui::TerminalOptions {
                    viewport: ratatui::Viewport::Fixed(Rect::new(0, 0, WIDTH, HEIGHT)),
                },
            )
            .unwrap();
            let mut terminal = terminal;
            forget_previous_frame(&mut terminal);
            Screen {
                terminal,
                sent,
                parser: vt100::Parser::new(HEIGHT, WIDTH, 0),
                scroll: 0,
            }
        }

        /// Draws a list of rows `item N`, from `scroll`, with `selected` highlighted and
        /// a popup over it if asked, and checks that the terminal then shows exactly what
        /// the same frame drawn on a test backend holds; returns the bytes sent.
        fn draw(&mut self, scroll: usize, selected: usize, popup: bool, shift: bool) -> usize {
            if shift {
                let delta = scroll as i32 - self.scroll as i32;
                self.terminal.backend_mut().scroll_lines(LIST, delta).unwrap();
            }
            self.scroll = scroll;
            self.terminal
                .draw(|frame| render(frame, scroll, selected, popup))
                .unwrap();
            forget_previous_frame(&mut self.terminal);
            let bytes = std::mem::take(&mut *self.sent.0.borrow_mut());
            self.parser.process(&bytes);

            let mut expected = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
            expected.draw(|frame| render(frame, scroll, selected, popup)).unwrap();
            let screen = self.parser.screen();
            for y in 0..HEIGHT {
                for x in 0..WIDTH {
                    let cell = &expected.backend().buffer()[(x, y)];
                    let on_screen = screen.cell(y, x).unwrap();
                    assert_eq!(
                        on_screen.contents().trim_end(),
                        cell.symbol().trim_end(),
                        "at ({x}, {y})"
                    );
                    let reversed = cell.modifier.contains(Modifier::REVERSED);
                    assert_eq!(on_screen.inverse(), reversed, "highlight at ({x}, {y})");
                }
            }
            bytes.len()
        }
    }

    fn render(frame: &mut ratatui::Frame<'_>, scroll: usize, selected: usize, popup: bool) {
        frame.render_widget(Paragraph::new("title"), Rect::new(0, 0, WIDTH, 1));
        for (i, y) in LIST.enumerate() {
            let n = scroll + i;
            // Repeated words at the same columns, as a status column has, and wide text.
            let name: String = (0..8)
                .map(|i| char::from(b'a' + ((n * 7 + i * 3) % 26) as u8))
                .collect();
            let text = format!("{n:03} {name} {} é漢", ["ok", "ok", "late"][n % 3]);
            let line = if n == selected {
                Line::from(text).reversed()
            } else {
                Line::from(text)
            };
            frame.render_widget(Paragraph::new(line), Rect::new(0, y, WIDTH, 1));
        }
        if popup {
            frame.render_widget(Paragraph::new("[popup]").on_blue(), Rect::new(6, 4, 8, 2));
        }
        frame.render_widget(
            Paragraph::new(format!("row {selected}")),
            Rect::new(0, HEIGHT - 1, WIDTH, 1),
        );
    }

    #[test]
    fn a_one_row_scroll_sends_a_fraction_of_a_redraw() {
        let mut with = Screen::new();
        let mut without = Screen::new();
        with.draw(0, 5, false, true);
        without.draw(0, 5, false, false);
        let shifted = with.draw(1, 6, false, true);
        let redrawn = without.draw(1, 6, false, false);
        assert!(
            shifted * 2 < redrawn,
            "{shifted} bytes with the shift, {redrawn} without"
        );
        assert_eq!(with.parser.screen().contents(), without.parser.screen().contents());
    }

    #[test]
    fn style_runs_are_sent_as_one_sequence() {
        let compact = |s: &str| String::from_utf8(compact_styles(s.as_bytes())).unwrap();
        // crossterm's end of frame
        assert_eq!(compact("ab\x1b[39m\x1b[49m\x1b[59m\x1b[0m"), "ab\x1b[0m");
        assert_eq!(
            compact("\x1b[7m\x1b[1m\x1b[4mGen\x1b[22m\x1b[24m x"),
            "\x1b[7;1;4mGen\x1b[22;24m x"
        );
        // Colour 0 is a colour, not a reset; a reset keeps what follows it.
        assert_eq!(compact("\x1b[1m\x1b[38;5;0;49m\x1b[0m\x1b[7mz"), "\x1b[0;7mz");
        assert_eq!(compact("\x1b[38;2;0;0;0m\x1b[4mq"), "\x1b[38;2;0;0;0;4mq");
        // Other sequences and text pass as they are.
        let other = "\x1b[3;22r\x1b[3H\x1b[M\x1b[r\x1b[?25l\x1b[21;1HGen — 1,841\x1b";
        assert_eq!(compact(other), other);
    }

    #[test]
    fn an_unchanged_frame_sends_nothing() {
        let mut screen = Screen::new();
        screen.draw(3, 4, true, true);
        let again = screen.draw(3, 4, true, true);
        assert_eq!(again, 0, "nothing changed, nothing sent");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn the_screen_always_shows_the_frame(
            steps in prop::collection::vec((0_usize..40, any::<bool>(), any::<bool>(), any::<bool>()), 1..30)
        ) {
            let mut screen = Screen::new();
            for (scroll, popup, shift, clear) in steps {
                if clear {
                    // As on a resize: the screen is wiped and nothing is known on it.
                    screen.terminal.backend_mut().clear().unwrap();
                }
                screen.draw(scroll, scroll + 2, popup, shift);
            }
        }
    }
}
