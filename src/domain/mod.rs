//! Pure types and rules of the portfolio: what a project is, what values its fields may
//! hold, and how the text people type ("3.4bn", "217 млн", "12.07.2024") becomes those
//! values. Nothing here touches the database or the terminal.

mod country;
mod date;
mod date_words;
mod error;
mod field;
mod location;
mod money;
mod number;
pub mod person;
mod project;
pub mod reference;
mod status;
pub mod text;

pub use country::Country;
#[cfg(test)]
pub(crate) use date::tests::any_date;
pub use date::{Certainty, EdtfDate, Grouping, Point, Season, Span, Third, When};
pub use error::{DateAmbiguity, DateProblem, DomainError, NumberProblem, Problem, SourcePart};
pub use field::{Field, FieldValue};
pub use location::{Axis, Coordinate};
pub use money::{Compact, MAX_INVESTMENT, Money, Scale, compact_number, group_digits, group_thousands, short_count};
pub use number::{MAX_COUNT, parse_count};
pub use project::{NewProject, Project, check_start_and_completion};
pub use status::Status;
