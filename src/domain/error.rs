//! The one error type of the domain: a value a person typed that is not acceptable, as a
//! typed fact (which field, the value typed, what was wrong, what is accepted). The words
//! are made at the edge, in the language spoken, by `i18n::error::domain_error`; the
//! `Display` of this type (for logs) is the English rendering, defined there too.

use super::{EdtfDate, Field, Span};

/// A rejected value: the field it was typed into, if known, and what was wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainError {
    pub field: Option<Field>,
    pub problem: Problem,
}

/// What was wrong with a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// An amount of money that could not be read.
    Money {
        input: String,
        problem: NumberProblem,
    },
    /// A count (jobs, projects) that could not be read.
    Count {
        input: String,
        problem: NumberProblem,
    },
    /// A date that could not be read.
    Date {
        input: String,
        problem: DateProblem,
    },
    UnknownStatus {
        input: String,
    },
    /// A status word that reads as more than one stage ("в работе": in preparation or
    /// under construction): refused with the stages it may mean.
    AmbiguousStatus {
        input: String,
        choices: Vec<super::Status>,
    },
    UnknownCountry {
        input: String,
    },
    UnknownField {
        input: String,
    },
    UnknownMetric {
        input: String,
    },
    /// "менее 100" for a reported figure: less than, which no qualifier says.
    UnderQualifier {
        input: String,
    },
    UnknownQualifier {
        input: String,
    },
    /// A source named for a figure that is unknown: nothing for it to support.
    SourceOfUnknownFigure,
    NotSourceId {
        input: String,
    },
    /// A project without a name.
    NameRequired,
    /// The same field given twice for one project.
    GivenTwice,
    /// A text longer than the field keeps.
    TooLong {
        length: usize,
        limit: usize,
    },
    /// A note (an update of a project) without text.
    NoteEmpty,
    NoteTooLong {
        length: usize,
        limit: usize,
    },
    /// A source without its publisher or its title.
    SourceNeeds {
        part: SourcePart,
    },
    /// A reported figure without a scope.
    ScopeRequired,
    /// A reported figure below zero.
    FigureNegative,
    /// A latitude or longitude that is not decimal degrees within ±`limit`.
    Coordinate {
        input: String,
        limit: i64,
    },
    /// A project completed before it started (`started=2025 completed=2020`).
    CompletedBeforeStarted {
        started: Box<EdtfDate>,
        completed: Box<EdtfDate>,
    },
}

/// Why a typed number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberProblem {
    Empty,
    Negative,
    /// `1,500`: a decimal comma (Russian) or a thousands separator (English)?
    Ambiguous,
    /// "около 100 млн", "over 500": how a figure is given, which is a reported figure's
    /// qualifier, not part of a project's figure.
    Approximate,
    NotWhole,
    /// Above the largest value the figure may hold.
    TooLarge {
        ceiling: i64,
    },
    /// Not a number at all.
    NotANumber,
}

/// Why a typed date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    NotADate,
    ImpossibleYear,
    YearOutOfRange {
        min: i32,
        max: i32,
    },
    NoSuchMonth,
    NoSuchDay,
    /// Not a stored date: EDTF of the subset ortaq says in words.
    NotStored,
    /// Unspecified digits (`202X`, `2024-XX`): say the year, the season or the interval.
    Unspecified,
    /// A time of day: ortaq keeps dates only.
    Time,
    /// A set of dates (`[2024, 2025]`, `{2024-07, 2024-09}`).
    Set,
    /// A sub-year grouping ortaq does not say (southern seasons, trimesters, …).
    Grouping,
    /// A qualifier on part of a date (`2024-?07`): qualify the whole date.
    PartlyQualified,
    /// Valid EDTF that ortaq cannot say in words (significant digits, `..2024` ends).
    NotInSubset,
    /// An interval that ends before it starts.
    EndBeforeStart,
    /// A season, part of a year, interval or qualified date where only a day, a month or
    /// a year is kept (a project's start and completion).
    NotCalendar,
    /// A date that cannot have come yet where only the past can stand (a source's
    /// publication, a reported figure's date, an update): a typo such as 2052 for 2025.
    Future,
    /// Text that reads as more than one date: refused with two readings, never guessed.
    Ambiguous {
        why: DateAmbiguity,
        readings: [Span; 2],
    },
    /// A season, a quarter or another part of a year where only a day, a month or a year
    /// is kept (a project's start and completion): the year and the part's first month
    /// (for a start) or last month (for a completion) are the choices offered.
    PartOfYear {
        year: i32,
        month: u32,
    },
    /// A bound, an estimate or an interval where only a day, a month or a year is kept:
    /// the plain date it means at that edge is offered ("до конца 2026 года": 2026).
    NotCalendarOffer {
        offered: Span,
    },
}

/// Why a typed date reads two ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateAmbiguity {
    /// "зима 2025", "winter 2025": the winter that begins in December 2025 or the one whose
    /// January and February are in 2025.
    Winter,
    /// `12/07/2024`: day first (as in Russia) or month first (as in the United States).
    DayOrMonth,
    /// `01.09.25`: a two-digit year, 2025 or 1925.
    ShortYear,
    /// "до 2025 года": before 2025 begins, or up to and including 2025 (as plans to a year
    /// are written).
    UpToYear,
    /// "к июню 2025": by the start of June (before it), or by its end.
    ByStartOrEnd,
    /// "до 1 июля 2026": before that day, or up to and including it.
    UpToDay,
    /// "2023-24": the years 2023 to 2024 (as Russian writes a span of years), or the
    /// EDTF season code (24: winter 2023/24).
    YearsOrSeason,
}

/// The part of a source that is required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourcePart {
    Publisher,
    Title,
}

impl DomainError {
    /// A problem with no field named (yet): see [`DomainError::in_field`].
    pub fn new(problem: Problem) -> Self {
        Self { field: None, problem }
    }

    /// The same problem, said of `field` (the field is named once, before the problem).
    #[must_use]
    pub fn in_field(self, field: Field) -> Self {
        Self {
            field: Some(field),
            ..self
        }
    }
}

impl From<Problem> for DomainError {
    fn from(problem: Problem) -> Self {
        Self::new(problem)
    }
}

impl std::error::Error for DomainError {}
