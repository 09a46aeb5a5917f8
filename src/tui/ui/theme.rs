//! Colours and emphasis. Only the sixteen standard colours are used, so the palette
//! follows the user's terminal theme (dark or light); with `NO_COLOR` there is none at
//! all, and the selection still shows by reverse video.

use ratatui::style::{Color, Modifier, Style};

use crate::domain::Status;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    /// Draw charts and the map with ASCII only: where the locale is not UTF-8, as the
    /// printed summary does.
    pub ascii: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Self {
        Self {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            ascii: !crate::i18n::utf8_locale(),
        }
    }

    pub fn plain() -> Self {
        Self {
            color: false,
            ascii: false,
        }
    }

    /// No colour and ASCII only: a terminal whose locale is not UTF-8.
    pub fn ascii() -> Self {
        Self {
            color: false,
            ascii: true,
        }
    }

    /// The colour of the countries' outlines on the map (the canvas takes a colour,
    /// not a style): grey, or the terminal's own without colour.
    pub fn map_outline(self) -> Color {
        if self.color { Color::DarkGray } else { Color::Reset }
    }

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn header(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn selected_row(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The cell under the column cursor on the selected row: the reverse of the row.
    pub fn cursor_cell(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn dim(self) -> Style {
        if self.color {
            Style::new().add_modifier(Modifier::DIM)
        } else {
            Style::new()
        }
    }

    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn info(self) -> Style {
        self.fg(Color::Green)
    }

    pub fn border(self) -> Style {
        self.fg(Color::Cyan)
    }

    pub fn label(self) -> Style {
        self.fg(Color::Cyan)
    }

    pub fn input(self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    /// The status's own colour; the status is always written out too.
    pub fn status(self, status: Option<Status>) -> Style {
        match status {
            Some(Status::Proposed) => self.fg(Color::Blue),
            Some(Status::Agreed) => self.fg(Color::Cyan),
            Some(Status::Construction) => self.fg(Color::Yellow),
            Some(Status::Operating) => self.fg(Color::Green),
            Some(Status::Suspended) => self.fg(Color::Magenta),
            Some(Status::Cancelled) => self.fg(Color::Red),
            None => self.dim(),
        }
    }
}
