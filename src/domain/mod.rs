//! Pure types and rules of the portfolio: what a project is, what values its fields may
//! hold, and how the text people type ("3.4bn", "217 млн", "12.07.2024") becomes those
//! values. Nothing here touches the database or the terminal.

pub mod agreement;
mod country;
mod date;
mod error;
mod field;
mod figure;
mod location;
pub mod meeting;
mod money;
mod note;
mod number;
pub mod person;
mod project;
pub mod reference;
mod status;
pub mod text;

pub use agreement::{Agreement, AgreementStatus, Side};
pub use country::Country;
#[cfg(test)]
pub(crate) use date::tests::any_date;
pub use date::{Certainty, Edge, EdtfDate, Grouping, Point, Season, Span, Third, When};
pub use error::{DateAmbiguity, DateProblem, DomainError, NumberProblem, Problem, SourcePart};
pub use field::{Field, FieldValue};
pub use figure::{KNOWN_SCOPES, Metric, Qualifier, scope_code};
pub use location::{Axis, Coordinate};
pub use meeting::{Meeting, MeetingKind, MeetingState};
pub use money::{Compact, MAX_INVESTMENT, Money, Scale, group_digits, group_thousands};
pub use note::{MAX_NOTE_CHARS, NewDatedNote};
pub use number::{MAX_COUNT, parse_count};
pub use project::{NewProject, Project, check_start_and_completion};
pub use status::Status;
