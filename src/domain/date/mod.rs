//! Dates as uncertain as the text that gives them, stored as EDTF (ISO 8601-2).
//!
//! A source may print a day (`2024-07-12`), a month, a year, a season ("autumn 2024"), a
//! part of a year ("early 2024"), a bound ("not before September 2024") or an estimate
//! ("about 2024"). [`EdtfDate`] holds the subset of EDTF that ortaq can say in words, as
//! its canonical EDTF string, and orders dates by their earliest and latest possible day.
//! The EDTF grammar, validation and calendar bounds are the `edtf-core` crate's; the words
//! people type are read by [`words`].

use std::cmp::Ordering;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use edtf_core::Edtf;

#[cfg(test)]
use super::DateAmbiguity;
use super::{DateProblem, DomainError, Problem};

mod span;
mod words;

pub use span::{Certainty, Grouping, Point, Season, Span, Third, When};

/// A date as a source gives it: see the module documentation.
#[derive(Debug, Clone)]
pub struct EdtfDate {
    span: Span,
    /// The canonical EDTF string: what is stored, exported and compared last.
    text: String,
    earliest: Option<NaiveDate>,
    latest: Option<NaiveDate>,
}

impl EdtfDate {
    /// A date of the subset, with its bounds; refuses an interval that ends before it starts.
    pub fn new(span: Span) -> Result<Self, DateProblem> {
        let (earliest, latest) = match span {
            Span::Single(point) => {
                let (first, last) = point.bounds()?;
                (Some(first), Some(last))
            }
            Span::Between(start, end) => {
                let (first, _) = start.bounds()?;
                let (_, last) = end.bounds()?;
                if first > last {
                    return Err(DateProblem::EndBeforeStart);
                }
                (Some(first), Some(last))
            }
            Span::NotBefore(start) => (Some(start.bounds()?.0), None),
            Span::NotAfter(end) => (None, Some(end.bounds()?.1)),
        };
        Ok(Self {
            span,
            text: span.edtf(),
            earliest,
            latest,
        })
    }

    /// An exact calendar day.
    pub fn from_naive(day: NaiveDate) -> Self {
        Self {
            span: Span::Single(Point::exact(When::Day(day))),
            text: day.format("%Y-%m-%d").to_string(),
            earliest: Some(day),
            latest: Some(day),
        }
    }

    /// Reads what a person types: EDTF of the subset, the day-first and year-first forms
    /// (`12.07.2024`, `2024.07.12`, `07.2024`), `today`, and words in English and
    /// Russian whatever the language spoken ("autumn 2024", "начало 2024", "Q1 2024",
    /// "не ранее 09.2024", "about 2024", "09.2024–12.2024").
    pub fn parse(input: &str, today: NaiveDate) -> Result<Self, DomainError> {
        let text = input.trim();
        let edtf_first = Edtf::parse(text)
            .map_err(|_| DateProblem::NotADate)
            .and_then(|e| Span::from_edtf(&e));
        // "2023-24" is valid EDTF (winter 2023/24) and how Russian writes two years.
        if let Some(pair) = words::year_pair(text, edtf_first.ok()) {
            return pair.and_then(Self::new).map_err(|problem| refusal(text, problem));
        }
        let span = match edtf_first {
            Err(DateProblem::NotADate) => reversed_interval(text).unwrap_or_else(|| words::parse(text, today)),
            other => other,
        };
        span.and_then(Self::new).map_err(|problem| refusal(text, problem))
    }

    /// Reads a date for a project's start or completion (`edge`): a day, a month or a
    /// year, no more and no less certain. What else a refusal offers is a value of that
    /// kind, chosen for the edge: "IV кв. 2026" offers 10.2026 for a start, 12.2026 for a
    /// completion; "зима 2025" its two winters' months; "до конца 2026 года" 2026.
    pub fn parse_calendar(input: &str, today: NaiveDate, edge: Edge) -> Result<Self, DomainError> {
        let text = input.trim();
        let date = Self::parse(text, today).map_err(|error| match error.problem {
            Problem::Date {
                input,
                problem: DateProblem::Ambiguous { why, readings },
            } => {
                let offered = readings.map(|span| calendar_point(span, edge).map(Span::Single));
                match offered {
                    [Some(first), Some(second)] if first != second => refusal(
                        &input,
                        DateProblem::Ambiguous {
                            why,
                            readings: [first, second],
                        },
                    ),
                    _ => refusal(&input, DateProblem::NotCalendar),
                }
            }
            _ => error,
        })?;
        date.calendar_at(edge).map_err(|problem| refusal(text, problem))
    }

    /// Reads a stored start or completion of a project: a plain calendar date only.
    pub fn stored_calendar(text: &str) -> Result<Self, DomainError> {
        text.parse::<Self>()?
            .calendar()
            .map_err(|problem| refusal(text, problem))
    }

    /// The date if it is a plain calendar date (a day, a month or a year, exact).
    pub fn calendar(self) -> Result<Self, DateProblem> {
        self.calendar_at(Edge::End)
    }

    /// As [`calendar`](Self::calendar); a refusal offers the value meant at `edge`.
    pub fn calendar_at(self, edge: Edge) -> Result<Self, DateProblem> {
        match self.span {
            Span::Single(Point {
                when: When::Day(_) | When::Month { .. } | When::Year(_),
                certainty,
            }) if certainty.is_exact() => Ok(self),
            // "IV кв. 2026": a part of a year; the year or the month meant are offered.
            Span::Single(Point {
                when: When::Grouping { .. },
                ..
            }) => match calendar_point(self.span, edge).map(|point| point.when) {
                Some(When::Month { year, month }) => Err(DateProblem::PartOfYear { year, month }),
                _ => Err(DateProblem::NotCalendar),
            },
            // A bound, an estimate or an interval: the day, month or year at the edge.
            span => match calendar_point(span, edge) {
                Some(point) => Err(DateProblem::NotCalendarOffer {
                    offered: Span::Single(point),
                }),
                None => Err(DateProblem::NotCalendar),
            },
        }
    }

    pub fn span(&self) -> Span {
        self.span
    }

    /// The canonical EDTF string, as stored.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The first day the date may stand for; `None` when the start is open.
    pub fn earliest(&self) -> Option<NaiveDate> {
        self.earliest
    }

    /// Refuses a date that cannot have come by `today` (its earliest day is later), where
    /// only the past can stand: a source's publication, a reported figure's date, an update.
    pub fn refuse_future(&self, today: NaiveDate) -> Result<(), DomainError> {
        match self.earliest {
            Some(first) if first > today => Err(refusal(&self.to_string(), DateProblem::Future)),
            _ => Ok(()),
        }
    }

    /// The last day the date may stand for; `None` when the end is open.
    pub fn latest(&self) -> Option<NaiveDate> {
        self.latest
    }

    /// The day, if the date is one exact day.
    pub fn as_day(&self) -> Option<NaiveDate> {
        match self.span {
            Span::Single(Point {
                when: When::Day(day),
                certainty,
            }) if certainty.is_exact() => Some(day),
            _ => None,
        }
    }
}

impl PartialEq for EdtfDate {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for EdtfDate {}

impl std::hash::Hash for EdtfDate {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl Ord for EdtfDate {
    /// By the earliest day (an open start first), then the latest (an open end last),
    /// then the stored text, so that two dates are equal only when they are the same.
    fn cmp(&self, other: &Self) -> Ordering {
        let latest = |date: &Self| (date.latest.is_none(), date.latest);
        self.earliest
            .cmp(&other.earliest)
            .then_with(|| latest(self).cmp(&latest(other)))
            .then_with(|| self.text.cmp(&other.text))
    }
}

impl PartialOrd for EdtfDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for EdtfDate {
    /// The canonical EDTF string (the stored form); people read `i18n::format::date`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::str::FromStr for EdtfDate {
    type Err = DomainError;

    /// Reads a stored date: EDTF of the subset only, never words. This is the rule for
    /// "what ortaq could have written" that `check` applies.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let span = Edtf::parse(text)
            .map_err(|_| DateProblem::NotStored)
            .and_then(|e| Span::from_edtf(&e));
        span.and_then(Self::new).map_err(|problem| refusal(text, problem))
    }
}

/// `2024-12/2024-09`: two EDTF dates that edtf-core refuses as an interval because the
/// end comes first. Read as one, so that [`EdtfDate::new`] says what is wrong with it.
fn reversed_interval(text: &str) -> Option<Result<Span, DateProblem>> {
    let (start, end) = text.split_once('/')?;
    let point = |side: &str| match Edtf::parse(side.trim()) {
        Ok(Edtf::Date(date)) => Some(Point::from_edtf(&date)),
        _ => None,
    };
    let (start, end) = (point(start)?, point(end)?);
    Some(start.and_then(|start| end.map(|end| Span::Between(start, end))))
}

/// Which end of a project a calendar date is: what a refusal offers depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Start,
    End,
}

/// The plain day, month or year a span means at `edge`, exact: a bound's date, an
/// interval's first or last, a part of a year's first or last month. `None` for a span
/// open at that edge's side with nothing to offer.
fn calendar_point(span: Span, edge: Edge) -> Option<Point> {
    let point = match (span, edge) {
        (Span::Single(point) | Span::NotAfter(point) | Span::NotBefore(point), _)
        | (Span::Between(point, _), Edge::Start)
        | (Span::Between(_, point), Edge::End) => point,
    };
    let when = match point.when {
        When::Grouping { .. } => {
            let (first, last) = point.bounds().ok()?;
            let day = if edge == Edge::Start { first } else { last };
            When::Month {
                year: day.year(),
                month: day.month(),
            }
        }
        when => when,
    };
    Some(Point::exact(when))
}

pub(super) fn refusal(text: &str, problem: DateProblem) -> DomainError {
    DomainError::new(Problem::Date {
        input: text.to_string(),
        problem,
    })
}

#[cfg(test)]
pub(crate) mod tests;
