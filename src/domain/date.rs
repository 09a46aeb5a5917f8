//! Dates as uncertain as the text that gives them, stored as EDTF (ISO 8601-2).
//!
//! A source may print a day (`2024-07-12`), a month, a year, a season ("autumn 2024"), a
//! part of a year ("early 2024"), a bound ("not before September 2024") or an estimate
//! ("about 2024"). [`EdtfDate`] holds the subset of EDTF that ortaq can say in words, as
//! its canonical EDTF string, and orders dates by their earliest and latest possible day.
//! The EDTF grammar, validation and calendar bounds are the `edtf-core` crate's; the words
//! people type are read by [`words`](super::date_words).

use std::cmp::Ordering;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use edtf_core::{Bound, Edtf, IntervalEndpoint, YearKind};

#[cfg(test)]
use super::DateAmbiguity;
use super::{DateProblem, DomainError, Problem, date_words};

/// The years a date may fall in.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// A date as a source gives it: see the module documentation.
#[derive(Debug, Clone)]
pub struct EdtfDate {
    span: Span,
    /// The canonical EDTF string: what is stored, exported and compared last.
    text: String,
    earliest: Option<NaiveDate>,
    latest: Option<NaiveDate>,
}

/// The shape of a date: one point, two, or one with an open side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Span {
    /// `2024-07-12`, `2024-23`, `2024~`.
    Single(Point),
    /// `2024-09/2024-12`.
    Between(Point, Point),
    /// `2024-09/..`: on or after the point, end unknown.
    NotBefore(Point),
    /// `../2024-06`: on or before the point, start unknown.
    NotAfter(Point),
}

/// One date of a span, with how sure the source is of it (on the whole date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Point {
    pub when: When,
    pub certainty: Certainty,
}

/// A day, a month, a year or a grouping of months within a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
    Year(i32),
    Grouping { year: i32, grouping: Grouping },
}

/// The sub-year groupings ortaq says in words (EDTF month codes 21–24 and 33–41). Their
/// months are edtf-core's table: spring March–May, summer June–August, autumn
/// September–November, winter December to February of the next year; quarters of three
/// months, semesters of six.
///
/// Convention: the quadrimesters (37, 38, 39: January–April, May–August,
/// September–December) are how ortaq says "early 2024", "mid 2024", "late 2024" ("начало",
/// "середина", "конец 2024").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grouping {
    Season(Season),
    /// 1–4.
    Quarter(u8),
    Third(Third),
    /// 1–2.
    Half(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// A third of a year (a quadrimester): early, mid or late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Third {
    Early,
    Mid,
    Late,
}

/// How sure the source is: EDTF's `?` (uncertain), `~` (approximate), `%` (both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Certainty {
    pub uncertain: bool,
    pub approximate: bool,
}

impl Grouping {
    /// The families of groupings: first EDTF code and how many in a year.
    const FAMILIES: [(u8, u8); 4] = [(21, 4), (33, 4), (37, 3), (40, 2)];

    pub fn code(self) -> u8 {
        match self {
            Grouping::Season(season) => 21 + season as u8,
            Grouping::Quarter(n) => 32 + n,
            Grouping::Third(third) => 37 + third as u8,
            Grouping::Half(n) => 39 + n,
        }
    }

    pub fn from_code(code: u8) -> Option<Self> {
        const SEASONS: [Season; 4] = [Season::Spring, Season::Summer, Season::Autumn, Season::Winter];
        const THIRDS: [Third; 3] = [Third::Early, Third::Mid, Third::Late];
        match code {
            21..=24 => Some(Grouping::Season(SEASONS[usize::from(code - 21)])),
            33..=36 => Some(Grouping::Quarter(code - 32)),
            37..=39 => Some(Grouping::Third(THIRDS[usize::from(code - 37)])),
            40..=41 => Some(Grouping::Half(code - 39)),
            _ => None,
        }
    }

    /// The grouping after (or before) this one, and how many years that moves.
    fn step(self, forward: bool) -> Option<(Self, i32)> {
        let code = self.code();
        let (first, count) = Self::FAMILIES
            .into_iter()
            .find(|(first, count)| (*first..first + count).contains(&code))?;
        let index = i32::from(code - first) + if forward { 1 } else { -1 };
        let years = index.div_euclid(i32::from(count));
        let index = u8::try_from(index.rem_euclid(i32::from(count))).ok()?;
        Some((Self::from_code(first + index)?, years))
    }
}

impl Certainty {
    pub const EXACT: Certainty = Certainty {
        uncertain: false,
        approximate: false,
    };

    pub fn is_exact(self) -> bool {
        self == Self::EXACT
    }

    fn symbol(self) -> &'static str {
        match (self.uncertain, self.approximate) {
            (false, false) => "",
            (true, false) => "?",
            (false, true) => "~",
            (true, true) => "%",
        }
    }

    fn from_edtf(q: edtf_core::Qualifier) -> Self {
        Self {
            uncertain: q.uncertain,
            approximate: q.approximate,
        }
    }
}

impl When {
    pub fn year(self) -> i32 {
        match self {
            When::Day(day) => day.year(),
            When::Month { year, .. } | When::Year(year) | When::Grouping { year, .. } => year,
        }
    }

    fn edtf(self) -> String {
        match self {
            When::Day(day) => day.format("%Y-%m-%d").to_string(),
            When::Month { year, month } => format!("{year:04}-{month:02}"),
            When::Year(year) => format!("{year:04}"),
            When::Grouping { year, grouping } => format!("{year:04}-{}", grouping.code()),
        }
    }

    /// The next (or previous) day, month, year or grouping: "after August 2024" is
    /// "not before September 2024".
    pub fn step(self, forward: bool) -> Option<When> {
        let sign = if forward { 1 } else { -1 };
        let next = match self {
            When::Day(day) => When::Day(if forward { day.succ_opt()? } else { day.pred_opt()? }),
            When::Month { year, month } => {
                let index = year * 12 + i32::try_from(month).ok()? - 1 + sign;
                When::Month {
                    year: index.div_euclid(12),
                    month: u32::try_from(index.rem_euclid(12) + 1).ok()?,
                }
            }
            When::Year(year) => When::Year(year + sign),
            When::Grouping { year, grouping } => {
                let (grouping, years) = grouping.step(forward)?;
                When::Grouping {
                    year: year + years,
                    grouping,
                }
            }
        };
        YEARS.contains(&next.year()).then_some(next)
    }
}

impl Point {
    pub fn exact(when: When) -> Self {
        Self {
            when,
            certainty: Certainty::EXACT,
        }
    }

    fn edtf(self) -> String {
        format!("{}{}", self.when.edtf(), self.certainty.symbol())
    }

    /// Reads one EDTF date of the subset.
    fn from_edtf(date: &edtf_core::Date) -> Result<Self, DateProblem> {
        if date.has_unspecified() {
            return Err(DateProblem::Unspecified);
        }
        let year = match date.year.kind {
            YearKind::Standard { negative: false, .. } if date.year.significant_digits.is_none() => {
                date.year.value().and_then(|y| i32::try_from(y).ok())
            }
            YearKind::Standard { .. } if date.year.significant_digits.is_some() => {
                return Err(DateProblem::NotInSubset);
            }
            _ => None,
        };
        let year = year.filter(|y| YEARS.contains(y)).ok_or(out_of_range())?;
        let qualifiers = [
            Some(date.year.qualifier),
            date.month.map(|m| m.qualifier),
            date.day.map(|d| d.qualifier),
        ];
        let mut present = qualifiers.into_iter().flatten();
        let qualifier = present.next().unwrap_or_default();
        if present.any(|q| q != qualifier) {
            return Err(DateProblem::PartlyQualified);
        }
        let month = date.month.and_then(|m| m.value()).map(u32::from);
        let day = date.day.and_then(|d| d.value()).map(u32::from);
        let when = match (month, day) {
            (None, _) => When::Year(year),
            (Some(month @ 1..=12), None) => When::Month { year, month },
            (Some(month), Some(day)) => {
                When::Day(NaiveDate::from_ymd_opt(year, month, day).ok_or(DateProblem::NoSuchDay)?)
            }
            (Some(code), None) => When::Grouping {
                year,
                grouping: u8::try_from(code)
                    .ok()
                    .and_then(Grouping::from_code)
                    .ok_or(DateProblem::Grouping)?,
            },
        };
        Ok(Self {
            when,
            certainty: Certainty::from_edtf(qualifier),
        })
    }

    /// The first and last day the point may stand for, as edtf-core bounds it.
    fn bounds(self) -> Result<(NaiveDate, NaiveDate), DateProblem> {
        let bounds = Edtf::parse(&self.edtf()).map_err(|_| DateProblem::NotADate)?.bounds();
        match (day_of(bounds.earliest), day_of(bounds.latest)) {
            (Some(first), Some(last)) => Ok((first, last)),
            _ => Err(DateProblem::NotADate),
        }
    }
}

fn out_of_range() -> DateProblem {
    DateProblem::YearOutOfRange {
        min: *YEARS.start(),
        max: *YEARS.end(),
    }
}

fn day_of(bound: Bound) -> Option<NaiveDate> {
    match bound {
        Bound::Date(day) => {
            NaiveDate::from_ymd_opt(i32::try_from(day.year).ok()?, u32::from(day.month), u32::from(day.day))
        }
        _ => None,
    }
}

impl Span {
    fn edtf(self) -> String {
        match self {
            Span::Single(point) => point.edtf(),
            Span::Between(start, end) => format!("{}/{}", start.edtf(), end.edtf()),
            Span::NotBefore(start) => format!("{}/..", start.edtf()),
            Span::NotAfter(end) => format!("../{}", end.edtf()),
        }
    }

    /// Reads an EDTF expression of the subset; an unknown end is an open one.
    fn from_edtf(edtf: &Edtf) -> Result<Self, DateProblem> {
        use IntervalEndpoint::{Date, Open, Unknown};
        match edtf {
            Edtf::Date(date) => Ok(Span::Single(Point::from_edtf(date)?)),
            Edtf::DateTime(_) => Err(DateProblem::Time),
            Edtf::Set(_) => Err(DateProblem::Set),
            Edtf::Interval(interval) => match (&interval.start, &interval.end) {
                (Date(start), Date(end)) => Ok(Span::Between(Point::from_edtf(start)?, Point::from_edtf(end)?)),
                (Date(start), Open | Unknown) => Ok(Span::NotBefore(Point::from_edtf(start)?)),
                (Open | Unknown, Date(end)) => Ok(Span::NotAfter(Point::from_edtf(end)?)),
                _ => Err(DateProblem::NotInSubset),
            },
        }
    }
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
        let span = match edtf_first {
            Err(DateProblem::NotADate) => reversed_interval(text).unwrap_or_else(|| date_words::parse(text, today)),
            other => other,
        };
        span.and_then(Self::new).map_err(|problem| refusal(text, problem))
    }

    /// Reads a date for a project's start or completion: a day, a month or a year, no
    /// more and no less certain.
    pub fn parse_calendar(input: &str, today: NaiveDate) -> Result<Self, DomainError> {
        Self::parse(input, today)?
            .calendar()
            .map_err(|problem| refusal(input.trim(), problem))
    }

    /// Reads a stored start or completion of a project: a plain calendar date only.
    pub fn stored_calendar(text: &str) -> Result<Self, DomainError> {
        text.parse::<Self>()?
            .calendar()
            .map_err(|problem| refusal(text, problem))
    }

    /// The date if it is a plain calendar date (a day, a month or a year, exact).
    pub fn calendar(self) -> Result<Self, DateProblem> {
        match self.span {
            Span::Single(Point {
                when: When::Day(_) | When::Month { .. } | When::Year(_),
                certainty,
            }) if certainty.is_exact() => Ok(self),
            // "IV кв. 2026": a part of a year; the year or the month meant are offered.
            Span::Single(Point {
                when: When::Grouping { .. },
                ..
            }) => match self.latest {
                Some(last) => Err(DateProblem::PartOfYear {
                    year: last.year(),
                    last_month: last.month(),
                }),
                None => Err(DateProblem::NotCalendar),
            },
            _ => Err(DateProblem::NotCalendar),
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

pub(super) fn refusal(text: &str, problem: DateProblem) -> DomainError {
    DomainError::new(Problem::Date {
        input: text.to_string(),
        problem,
    })
}

#[cfg(test)]
#[path = "date_tests.rs"]
pub(crate) mod tests;
