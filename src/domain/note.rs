//! The rule of a dated note (an update, «обновление»): its text is cleaned, not empty,
//! and not longer than [`MAX_NOTE_CHARS`].

use super::{DomainError, EdtfDate, Problem, text};

/// A note about to be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDatedNote {
    pub date: EdtfDate,
    pub text: String,
    pub source_id: Option<i64>,
}

/// The longest note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 20_000;

impl NewDatedNote {
    /// Cleans the text of control characters and checks it is not empty or too long.
    pub fn new(date: EdtfDate, text: &str, source_id: Option<i64>) -> Result<Self, DomainError> {
        let cleaned = text::clean_input(text, true);
        if cleaned.is_empty() {
            return Err(DomainError::new(Problem::NoteEmpty));
        }
        let length = cleaned.chars().count();
        if length > MAX_NOTE_CHARS {
            return Err(DomainError::new(Problem::NoteTooLong {
                length,
                limit: MAX_NOTE_CHARS,
            }));
        }
        Ok(Self {
            date,
            text: cleaned,
            source_id,
        })
    }
}
