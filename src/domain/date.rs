//! Dates as precise as the source gives them: `2024`, `2024-07` or `2024-07-12`.
//!
//! A source that names only a year must not gain a month or a day on the way into the
//! database, so the month and the day are optional.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::{DateProblem, DomainError, Problem};

/// A calendar date of which the month, or the day, may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

impl PartialDate {
    pub fn from_naive(date: NaiveDate) -> Self {
        Self {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, if the source gives it.
    pub fn month(self) -> Option<u32> {
        self.month
    }

    /// The day, if the source gives it.
    pub fn day(self) -> Option<u32> {
        self.day
    }

    /// Whether the day is known (not only the year or the month).
    pub fn is_full(self) -> bool {
        self.day.is_some()
    }

    /// The last day the date may stand for: `2024` -> 2024-12-31.
    pub fn latest_day(self) -> NaiveDate {
        let month = self.month.unwrap_or(12);
        match self.day {
            Some(day) => NaiveDate::from_ymd_opt(self.year, month, day),
            None => NaiveDate::from_ymd_opt(self.year, month, 1)
                .and_then(|first| first.checked_add_months(chrono::Months::new(1)))
                .and_then(|next| next.pred_opt()),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    /// Parses what a person types; `today` is the date given.
    pub fn parse(input: &str, today: NaiveDate) -> Result<Self, DomainError> {
        let text = input.trim();
        if matches!(text.to_lowercase().as_str(), "today" | "сегодня") {
            return Ok(Self::from_naive(today));
        }
        let parts = if text.contains('-') {
            split_numbers(text, '-').map(|p| (p.first().copied(), p.get(1).copied(), p.get(2).copied(), p.len()))
        } else if text.contains('.') && text.split('.').next().is_some_and(|first| first.trim().len() == 4) {
            // Year first with dots, as in 2024.07.12.
            split_numbers(text, '.').map(|p| (p.first().copied(), p.get(1).copied(), p.get(2).copied(), p.len()))
        } else if text.contains('.') {
            // Day first, as in 12.07.2024 or 07.2024.
            split_numbers(text, '.').map(|p| {
                let mut reversed = p.clone();
                reversed.reverse();
                (
                    reversed.first().copied(),
                    reversed.get(1).copied(),
                    reversed.get(2).copied(),
                    p.len(),
                )
            })
        } else {
            split_numbers(text, '-').map(|p| (p.first().copied(), None, None, p.len()))
        };
        let Some((Some(year), month, day, count)) = parts else {
            return Err(refusal(text, DateProblem::NotADate));
        };
        if count > 3 {
            return Err(refusal(text, DateProblem::NotADate));
        }
        Self::from_parts(year, month, day).map_err(|problem| refusal(text, problem))
    }

    fn from_parts(year: u32, month: Option<u32>, day: Option<u32>) -> Result<Self, DateProblem> {
        let year = i32::try_from(year).map_err(|_| DateProblem::ImpossibleYear)?;
        if !YEARS.contains(&year) {
            return Err(DateProblem::YearOutOfRange {
                min: *YEARS.start(),
                max: *YEARS.end(),
            });
        }
        if let Some(month) = month
            && !(1..=12).contains(&month)
        {
            return Err(DateProblem::NoSuchMonth);
        }
        if let (Some(month), Some(day)) = (month, day)
            && NaiveDate::from_ymd_opt(year, month, day).is_none()
        {
            return Err(DateProblem::NoSuchDay);
        }
        Ok(Self { year, month, day })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for PartialDate {
    type Err = DomainError;

    /// Reads the stored ISO form only (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let iso = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
        let parts: Vec<&str> = text.split('-').collect();
        let shaped = match parts.as_slice() {
            [y] => iso(y, 4),
            [y, m] => iso(y, 4) && iso(m, 2),
            [y, m, d] => iso(y, 4) && iso(m, 2) && iso(d, 2),
            _ => false,
        };
        let numbers: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        if !shaped || numbers.len() != parts.len() {
            return Err(refusal(text, DateProblem::NotStored));
        }
        Self::from_parts(numbers[0], numbers.get(1).copied(), numbers.get(2).copied())
            .map_err(|problem| refusal(text, problem))
    }
}

fn split_numbers(text: &str, separator: char) -> Option<Vec<u32>> {
    text.split(separator)
        .map(|part| {
            let part = part.trim();
            let digits = !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit());
            digits.then(|| part.parse().ok()).flatten()
        })
        .collect()
}

fn refusal(text: &str, problem: DateProblem) -> DomainError {
    DomainError::new(Problem::Date {
        input: text.to_string(),
        problem,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn parse(text: &str) -> Result<String, DomainError> {
        PartialDate::parse(text, today()).map(|d| d.to_string())
    }

    #[test]
    fn accepted_forms() {
        for (input, stored) in [
            ("2024-07-12", "2024-07-12"),
            ("12.07.2024", "2024-07-12"),
            ("2024-07", "2024-07"),
            ("07.2024", "2024-07"),
            ("2024", "2024"),
            ("today", "2026-11-23"),
            ("Сегодня", "2026-11-23"),
            ("СЕГОДНЯ", "2026-11-23"),
            ("TODAY", "2026-11-23"),
            ("2024.07.12", "2024-07-12"),
            ("2024.07", "2024-07"),
            ("Today", "2026-11-23"),
            (" 2024-7-1 ", "2024-07-01"),
            ("2024-02-29", "2024-02-29"),
        ] {
            assert_eq!(parse(input).as_deref(), Ok(stored), "{input}");
        }
    }

    #[test]
    fn rejected_forms() {
        for input in [
            "",
            "yesterday",
            "2024-13",
            "2024-02-30",
            "2023-02-29",
            "12/07/2024",
            "1899",
            "2101-01-01",
            "24",
            "2024-07-12-01",
            "32.01.2024",
            "2024--12",
            "２０２４",
            "2024-07-12T10:00",
        ] {
            let error = parse(input).expect_err(input);
            assert!(error.to_string().contains("2024-07-12"), "{input}: {error}");
        }
    }

    #[test]
    fn latest_day_of_partial_dates() {
        let latest = |s: &str| s.parse::<PartialDate>().unwrap().latest_day().to_string();
        assert_eq!(latest("2024"), "2024-12-31");
        assert_eq!(latest("2024-02"), "2024-02-29");
        assert_eq!(latest("2024-07-12"), "2024-07-12");
    }

    #[test]
    fn stored_form_is_strict() {
        assert!("2024-7".parse::<PartialDate>().is_err());
        assert!("12.07.2024".parse::<PartialDate>().is_err());
        assert_eq!(
            "2024-07".parse::<PartialDate>().map(|d| d.to_string()).as_deref(),
            Ok("2024-07")
        );
    }

    proptest! {
        #[test]
        fn display_parses_back(year in 1900_i32..=2100, month in proptest::option::of(1_u32..=12), day in 1_u32..=28, with_day: bool) {
            let date = PartialDate { year, month, day: month.and(with_day.then_some(day)) };
            prop_assert_eq!(PartialDate::parse(&date.to_string(), today()), Ok(date));
            prop_assert_eq!(date.to_string().parse::<PartialDate>(), Ok(date));
        }

        #[test]
        fn parser_never_panics(input in ".{0,30}") {
            let _ = PartialDate::parse(&input, today());
            let _ = input.parse::<PartialDate>();
        }
    }
}
