//! What a date may be: a point (a day, month, year, season, third, quarter or half, each
//! exact or uncertain) or an interval of points, in the years ortaq takes. No parsing of
//! words here: [`words`](super::words) reads those into these types.

use chrono::{Datelike, NaiveDate};
use edtf_core::{Bound, Edtf, IntervalEndpoint, YearKind};

use crate::domain::DateProblem;

/// The years a date may fall in.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

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

    pub(super) fn from_edtf(q: edtf_core::Qualifier) -> Self {
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

    pub(super) fn edtf(self) -> String {
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

    pub(super) fn edtf(self) -> String {
        format!("{}{}", self.when.edtf(), self.certainty.symbol())
    }

    /// Reads one EDTF date of the subset.
    pub(super) fn from_edtf(date: &edtf_core::Date) -> Result<Self, DateProblem> {
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
    pub(super) fn bounds(self) -> Result<(NaiveDate, NaiveDate), DateProblem> {
        let bounds = Edtf::parse(&self.edtf()).map_err(|_| DateProblem::NotADate)?.bounds();
        match (day_of(bounds.earliest), day_of(bounds.latest)) {
            (Some(first), Some(last)) => Ok((first, last)),
            _ => Err(DateProblem::NotADate),
        }
    }
}

pub(super) fn out_of_range() -> DateProblem {
    DateProblem::YearOutOfRange {
        min: *YEARS.start(),
        max: *YEARS.end(),
    }
}

pub(super) fn day_of(bound: Bound) -> Option<NaiveDate> {
    match bound {
        Bound::Date(day) => {
            NaiveDate::from_ymd_opt(i32::try_from(day.year).ok()?, u32::from(day.month), u32::from(day.day))
        }
        _ => None,
    }
}

impl Span {
    pub(super) fn edtf(self) -> String {
        match self {
            Span::Single(point) => point.edtf(),
            Span::Between(start, end) => format!("{}/{}", start.edtf(), end.edtf()),
            Span::NotBefore(start) => format!("{}/..", start.edtf()),
            Span::NotAfter(end) => format!("../{}", end.edtf()),
        }
    }

    /// Reads an EDTF expression of the subset; an unknown end is an open one.
    pub(super) fn from_edtf(edtf: &Edtf) -> Result<Self, DateProblem> {
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
