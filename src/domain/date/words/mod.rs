//! The words people type for a date, in English and Russian whatever the language spoken:
//! "autumn 2024", "начало 2024", "Q1 2024", "1 кв. 2024", "July 2024", "июля 2024",
//! "not before 09.2024", "after August 2024", "until June 2024", "до 06.2024", "около 2024",
//! "первое полугодие 2024", "в конце 2024 г.", "July 12, 2024", "winter 2024/25",
//! "09.2024–12.2024", "сентябрь–декабрь 2024", "09–12.2024", and the numeric forms
//! `12.07.2024`, `07.2024`, `2024.07.12`, `2024-7-1`.
//!
//! The words are data ([`tables`]); this module reads them and writes no sentence.
//! What is read becomes a [`Span`], which [`EdtfDate`](super::EdtfDate) checks and bounds.

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use super::span::{Certainty, Grouping, Point, Season, Span, Third, When, YEARS};
use crate::domain::{DateAmbiguity, DateProblem};

mod tables;

use tables::*;

/// "2023-24", "2024–25 гг.": two years in a row as Russian writes them, the second by
/// its last two digits. Where those digits are also an EDTF season's code (21–24:
/// "2023-24" is winter 2023/24 in EDTF), both readings are offered; `None` where the
/// text is not such a pair.
pub(super) fn year_pair(input: &str, season: Option<Span>) -> Option<Result<Span, DateProblem>> {
    let text = normalize(input);
    // The longest year word that ends it ("гг." before "г.").
    let text = YEAR_WORDS
        .iter()
        .filter(|word| text.ends_with(**word))
        .max_by_key(|word| word.len())
        .and_then(|word| text.strip_suffix(word))
        .map_or(text.as_str(), str::trim_end);
    let (first, second) = text.split_once(['-', '–', '—'])?;
    let (first, second) = (first.trim(), second.trim());
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(first, 4) || !digits(second, 2) {
        return None;
    }
    let year: i32 = first.parse().ok()?;
    let next: i32 = second.parse().ok()?;
    // "2004-05" is May 2004 (ISO first): only a second year that is no month is one.
    if (year + 1) % 100 != next || next <= 12 {
        return None;
    }
    let years = Span::Between(Point::exact(When::Year(year)), Point::exact(When::Year(year + 1)));
    Some(match season {
        Some(season) => Err(DateProblem::Ambiguous {
            why: DateAmbiguity::YearsOrSeason,
            readings: [years, season],
        }),
        None => Ok(years),
    })
}

/// Reads `input` (already refused as EDTF) as words or numbers.
pub(super) fn parse(input: &str, today: NaiveDate) -> Result<Span, DateProblem> {
    let text = normalize(input);
    if let Some((start, end)) = split_range(&text) {
        let end = point(end, today)?;
        let start = point(start, today)
            .or_else(|problem| borrow_year(start, end.when, today).ok_or(problem))
            .map_err(|problem| within(problem, |start| Ok(Span::Between(start, end))))?;
        return Ok(Span::Between(start, end));
    }
    if let Some(span) = first_months(&text, today) {
        return span;
    }
    for (phrase, part) in BY_PART {
        if let Some(rest) = after_phrase(&text, phrase) {
            return by_part(*part, rest, today);
        }
    }
    for (phrase, open) in OPEN {
        if let Some(rest) = after_phrase(&text, phrase) {
            let at = point(rest, today).map_err(|problem| within(problem, |at| bound(*open, at)))?;
            if *phrase == "до"
                && let When::Year(year) = at.when
            {
                return Err(up_to_year(year, at.certainty));
            }
            // "до 1 июля 2026": before that day, or (as deadlines are often meant) by it,
            // the day included. Asked, never guessed.
            if *phrase == "до" && matches!(at.when, When::Day(_)) {
                return Err(DateProblem::Ambiguous {
                    why: DateAmbiguity::UpToDay,
                    readings: [bound(Open::Before, at)?, Span::NotAfter(at)],
                });
            }
            // "к июню 2025": by the time June comes (May the last month), or by the end
            // of June as "к концу июня" says. Asked, never guessed.
            if *phrase == "к" && matches!(at.when, When::Month { .. } | When::Grouping { .. }) {
                return Err(DateProblem::Ambiguous {
                    why: DateAmbiguity::ByStartOrEnd,
                    readings: [bound(Open::Before, at)?, Span::NotAfter(at)],
                });
            }
            return bound(*open, at);
        }
    }
    point(&text, today).map(Span::Single)
}

/// A point with the phrase before it: "after August 2024" is "not before September 2024".
fn bound(open: Open, at: Point) -> Result<Span, DateProblem> {
    let step = |forward| step_point(at, forward);
    Ok(match open {
        Open::NotBefore => Span::NotBefore(at),
        Open::After => Span::NotBefore(step(true)?),
        Open::NotAfter => Span::NotAfter(at),
        Open::Before => Span::NotAfter(step(false)?),
    })
}

fn step_point(at: Point, forward: bool) -> Result<Point, DateProblem> {
    at.when
        .step(forward)
        .map(|when| Point { when, ..at })
        .ok_or(DateProblem::YearOutOfRange {
            min: *YEARS.start(),
            max: *YEARS.end(),
        })
}

/// "до 2025 года": before 2025 begins, or (as plans "до 2030 года" are written) up to its
/// end. Refused with both.
fn up_to_year(year: i32, certainty: Certainty) -> DateProblem {
    let to = |year| {
        Span::NotAfter(Point {
            when: When::Year(year),
            certainty,
        })
    };
    DateProblem::Ambiguous {
        why: DateAmbiguity::UpToYear,
        readings: [to(year - 1), to(year)],
    }
}

/// "до конца 2025 года" (by the end of 2025: `../2025`), "к середине 2025" (`../2025-38`),
/// "до начала 2025" (before 2025: `../2024`).
fn by_part(part: ByPart, rest: &str, today: NaiveDate) -> Result<Span, DateProblem> {
    let at = point(rest, today)?;
    match (part, at.when) {
        (ByPart::End, _) => Ok(Span::NotAfter(at)),
        (ByPart::Middle, When::Year(year)) => Ok(Span::NotAfter(Point {
            when: When::Grouping {
                year,
                grouping: Grouping::Third(Third::Mid),
            },
            ..at
        })),
        (ByPart::Middle, _) => Err(DateProblem::NotADate),
        (ByPart::Start, _) => Ok(Span::NotAfter(step_point(at, false)?)),
    }
}

/// "9 мес. 2025", "за 9 месяцев 2025 года", "9 months of 2025": January to the ninth month.
fn first_months(text: &str, today: NaiveDate) -> Option<Result<Span, DateProblem>> {
    let text = text.strip_prefix("за ").unwrap_or(text);
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .filter(|at| (1..=2).contains(at))?;
    let months: u32 = text[..split].parse().ok()?;
    let rest = text[split..].trim_start();
    let rest = MONTHS_WORDS.iter().find_map(|word| after_phrase(rest, word))?;
    Some(match point(rest, today) {
        Ok(Point {
            when: When::Year(year),
            certainty,
        }) if (1..=12).contains(&months) => {
            let month = |month| Point {
                when: When::Month { year, month },
                certainty,
            };
            Ok(if months == 1 {
                Span::Single(month(1))
            } else {
                Span::Between(month(1), month(months))
            })
        }
        Ok(_) => Err(DateProblem::NotADate),
        Err(problem) => Err(problem),
    })
}

/// The readings of an ambiguous date, each put in the span the words around it make.
fn within(problem: DateProblem, span: impl Fn(Point) -> Result<Span, DateProblem>) -> DateProblem {
    match problem {
        DateProblem::Ambiguous {
            why,
            readings: [Span::Single(a), Span::Single(b)],
        } => match (span(a), span(b)) {
            (Ok(a), Ok(b)) => DateProblem::Ambiguous { why, readings: [a, b] },
            _ => problem,
        },
        other => other,
    }
}

/// The start of a range that names no year takes the end's: "сентябрь–декабрь 2024",
/// "09–12.2024", "12–15 July 2024". `None` when it still is no date.
fn borrow_year(start: &str, end: When, today: NaiveDate) -> Option<Point> {
    let year = end.year();
    let short = !start.is_empty() && start.len() <= 2 && start.bytes().all(|b| b.is_ascii_digit());
    // "10.03–11.03.2026", "30.09–01.10.2026": a day and month, then a day of a year.
    let day_month = start.split_once('.').is_some_and(|(day, month)| {
        [day, month]
            .iter()
            .all(|part| (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
    });
    let text = match end {
        When::Day(_) if day_month => format!("{start}.{year}"),
        When::Month { .. } if short => format!("{start}.{year}"),
        When::Day(day) if short => format!("{start}.{}.{year}", day.format("%m")),
        _ if short => return None,
        _ => format!("{start} {year}"),
    };
    point(&text, today).ok()
}

/// NFC, lower case, one plain space between words.
fn normalize(input: &str) -> String {
    let composed: String = input.nfc().collect::<String>().to_lowercase();
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `a – b`, `a — b`, `a - b`, `09.2024-12.2024`, `2024-2025`, `from a to b`, `с a по b`.
fn split_range(text: &str) -> Option<(&str, &str)> {
    fn trimmed<'a>((a, b): (&'a str, &'a str)) -> (&'a str, &'a str) {
        (a.trim(), b.trim())
    }
    if let Some(parts) = text.split_once(['–', '—']).or_else(|| text.split_once(" - ")) {
        return Some(trimmed(parts));
    }
    for (from, to) in [
        ("from ", " to "),
        ("between ", " and "),
        ("с ", " по "),
        ("с ", " до "),
        ("между ", " и "),
    ] {
        if let Some(parts) = text.strip_prefix(from).and_then(|rest| rest.split_once(to)) {
            return Some(trimmed(parts));
        }
    }
    // A bare hyphen joins two dates only where it cannot be part of one.
    let (a, b) = text.split_once('-')?;
    let whole = |s: &str| is_year(s) || (s.contains('.') && s.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    // "09-12.2024": a month number, then a month of a year.
    let month = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // "март-апрель 2025": a month or a season, then a date.
    let named = |s: &str| lookup(MONTHS, s).is_some() || lookup(SEASONS, s).is_some();
    // "22-23 октября 2025": a day, then a day of a named month.
    let day_of_month = |s: &str| {
        s.split_once(' ').is_some_and(|(day, rest)| {
            month(day) && rest.split(' ').next().is_some_and(|m| lookup(MONTHS, m).is_some())
        })
    };
    // "01-2025" is a month of a year, not a range.
    let month_then_year = month(a) && is_year(b);
    ((whole(a) || month(a)) && whole(b) && !month_then_year || named(a) && !b.is_empty() || month(a) && day_of_month(b))
        .then_some((a, b))
}

/// The rest of `text` after `phrase` and a space (or after a phrase ending in a dot).
fn after_phrase<'a>(text: &'a str, phrase: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(phrase)?;
    if phrase.ends_with(['.', '-']) {
        return Some(rest.trim_start());
    }
    rest.strip_prefix(' ')
}

/// One date with its qualifiers: "about autumn 2024?", "2024~", "ок. 2024".
fn point(text: &str, today: NaiveDate) -> Result<Point, DateProblem> {
    let mut certainty = Certainty::EXACT;
    let mut body = text.trim();
    if let Some(rest) = body.strip_suffix('?') {
        certainty.uncertain = true;
        body = rest.trim_end();
    } else if let Some(rest) = body.strip_suffix('~') {
        certainty.approximate = true;
        body = rest.trim_end();
    } else if let Some(rest) = body.strip_suffix('%') {
        certainty = Certainty {
            uncertain: true,
            approximate: true,
        };
        body = rest.trim_end();
    }
    if let Some(rest) = APPROXIMATE.iter().find_map(|word| after_phrase(body, word)) {
        certainty.approximate = true;
        body = rest;
    }
    let when =
        when(body, today).map_err(|problem| within(problem, |at| Ok(Span::Single(Point { certainty, ..at }))))?;
    Ok(Point { when, certainty })
}

/// A day, a month, a year or a grouping, in numbers or words.
fn when(text: &str, today: NaiveDate) -> Result<When, DateProblem> {
    if TODAY.contains(&text) {
        return Ok(When::Day(today));
    }
    if YESTERDAY.contains(&text) {
        return today.pred_opt().map(When::Day).ok_or(DateProblem::NotADate);
    }
    let is_numeric = |text: &str| {
        !text.is_empty()
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b' '))
    };
    if is_numeric(text) {
        return numeric(text);
    }
    // "15.04.2025 г.": a year word after the numbers.
    if let Some(numbers) = YEAR_WORDS
        .iter()
        .find_map(|word| text.strip_suffix(word))
        .map(str::trim_end)
        .filter(|numbers| is_numeric(numbers))
    {
        return numeric(numbers);
    }
    if let Some(day) = slashed(text) {
        return day;
    }
    // "в июле 2024", "во втором полугодии 2024", "в 2024 году": the preposition says nothing.
    let text = ["в ", "во "].iter().find_map(|p| text.strip_prefix(p)).unwrap_or(text);
    let mut words: Vec<&str> = text.split(' ').collect();
    // "mid-2024": a hyphen between a word and the year; "2024-Q1", "2024 Q1": the year first.
    if let ([_], Some((word, year))) = (words.as_slice(), text.split_once('-')) {
        words = if is_year(word) {
            vec![year, word]
        } else {
            vec![word, year]
        };
    }
    if let [year, part] = words.as_slice()
        && is_year(year)
        && !is_year(part)
        && !YEAR_WORDS.contains(part)
    {
        words = vec![part, year];
    }
    while words.last().is_some_and(|w| YEAR_WORDS.contains(w)) {
        words.pop();
    }
    let Some(last) = words.pop() else {
        return Err(DateProblem::NotADate);
    };
    let last = YEAR_WORDS.iter().find_map(|w| last.strip_suffix(w)).unwrap_or(last);
    let (last, next) = match last.split_once('/') {
        Some((year, next)) => (year, Some(next)),
        None => (last, None),
    };
    if !is_year(last) {
        return Err(DateProblem::NotADate);
    }
    let year: i32 = last.parse().map_err(|_| DateProblem::NotADate)?;
    if !YEARS.contains(&year) {
        return Err(DateProblem::YearOutOfRange {
            min: *YEARS.start(),
            max: *YEARS.end(),
        });
    }
    let when = named(&words, year)?;
    match next {
        None if is_winter(when) => Err(winter(year)),
        None => Ok(when),
        Some(next) if is_winter(when) && is_next_year(year, next) => Ok(when),
        Some(_) => Err(DateProblem::NotADate),
    }
}

/// "зима 2025", "winter 2025": the winter whose January and February are in 2025, or the
/// one that begins in its December. Refused with both, as "зима 2024/25" and "зима 2025/26".
fn winter(year: i32) -> DateProblem {
    let winter = |year| {
        Span::Single(Point::exact(When::Grouping {
            year,
            grouping: Grouping::Season(Season::Winter),
        }))
    };
    DateProblem::Ambiguous {
        why: DateAmbiguity::Winter,
        readings: [winter(year - 1), winter(year)],
    }
}

/// `12/07/2024`: a day and a month in an order only the numbers can tell. `25/07/2024` and
/// `07/25/2024` can only be one day, and are taken; `12/07/2024` is refused with both.
fn slashed(text: &str) -> Option<Result<When, DateProblem>> {
    let parts: Vec<&str> = text.split('/').map(str::trim).collect();
    let [first, second, year] = parts.as_slice() else {
        return None;
    };
    let small = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !(small(first) && small(second) && is_year(year)) {
        return None;
    }
    let (first, second, year): (u32, u32, i32) = (first.parse().ok()?, second.parse().ok()?, year.parse().ok()?);
    if !YEARS.contains(&year) {
        return Some(Err(DateProblem::YearOutOfRange {
            min: *YEARS.start(),
            max: *YEARS.end(),
        }));
    }
    let day_first = NaiveDate::from_ymd_opt(year, second, first);
    let month_first = NaiveDate::from_ymd_opt(year, first, second);
    let day = |day| Span::Single(Point::exact(When::Day(day)));
    Some(match (day_first, month_first) {
        (Some(a), Some(b)) if a != b => Err(DateProblem::Ambiguous {
            why: DateAmbiguity::DayOrMonth,
            readings: [day(a), day(b)],
        }),
        (Some(one), _) | (None, Some(one)) => Ok(When::Day(one)),
        (None, None) => Err(DateProblem::NoSuchDay),
    })
}

/// "winter 2024/25": only a winter names two years, the one it starts in and the next.
fn is_winter(when: When) -> bool {
    matches!(
        when,
        When::Grouping {
            grouping: Grouping::Season(Season::Winter),
            ..
        }
    )
}

/// `25` or `2025` after `2024/`.
fn is_next_year(year: i32, next: &str) -> bool {
    let Ok(number) = next.parse::<i32>() else {
        return false;
    };
    match next.len() {
        2 => number == (year + 1).rem_euclid(100),
        4 => number == year + 1,
        _ => false,
    }
}

/// The words before a year: a month (with a day), a season, a part, a quarter, a half.
fn named(words: &[&str], year: i32) -> Result<When, DateProblem> {
    if words.is_empty() {
        return Ok(When::Year(year));
    }
    let phrase = words.join(" ");
    let grouping = |grouping| Ok(When::Grouping { year, grouping });
    if let Some(month) = lookup(MONTHS, &phrase) {
        return Ok(When::Month { year, month });
    }
    if let [day, month] = words
        && let (Ok(day), Some(month)) = (day.parse::<u32>(), lookup(MONTHS, month))
    {
        return NaiveDate::from_ymd_opt(year, month, day)
            .map(When::Day)
            .ok_or(DateProblem::NoSuchDay);
    }
    // "July 12, 2024": the English order.
    if let [month, day] = words
        && let (Some(month), Ok(day)) = (lookup(MONTHS, month), day.trim_end_matches(',').parse::<u32>())
    {
        return NaiveDate::from_ymd_opt(year, month, day)
            .map(When::Day)
            .ok_or(DateProblem::NoSuchDay);
    }
    if let Some(season) = lookup(SEASONS, &phrase) {
        return grouping(Grouping::Season(season));
    }
    if let Some(third) = lookup(THIRDS, &phrase) {
        return grouping(Grouping::Third(third));
    }
    if let Some(rest) = phrase.strip_prefix('q') {
        return ordinal(rest)
            .filter(|n| (1..=4).contains(n))
            .map_or(Err(DateProblem::NotADate), |n| grouping(Grouping::Quarter(n)));
    }
    if let Some(rest) = phrase.strip_prefix('h') {
        return ordinal(rest)
            .filter(|n| (1..=2).contains(n))
            .map_or(Err(DateProblem::NotADate), |n| grouping(Grouping::Half(n)));
    }
    // "4 кв.", and "4кв" written together.
    let together = phrase
        .find(|c: char| !c.is_ascii_digit())
        .filter(|at| *at > 0)
        .map(|at| phrase.split_at(at));
    let Some((number, unit)) = phrase.split_once(' ').or(together) else {
        return Err(DateProblem::NotADate);
    };
    let number = ordinal(number).ok_or(DateProblem::NotADate)?;
    match (QUARTER_WORDS.contains(&unit), HALF_WORDS.contains(&unit)) {
        (true, _) if (1..=4).contains(&number) => grouping(Grouping::Quarter(number)),
        (_, true) if (1..=2).contains(&number) => grouping(Grouping::Half(number)),
        _ => Err(DateProblem::NotADate),
    }
}

fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    let word = word.strip_suffix('.').unwrap_or(word);
    table.iter().find(|(name, _)| *name == word).map(|(_, value)| *value)
}

/// `1`, `I`, `first`, `1-й`, `1-е`.
fn ordinal(word: &str) -> Option<u8> {
    let bare = ORDINAL_ENDINGS
        .iter()
        .find_map(|e| word.strip_suffix(e))
        .unwrap_or(word);
    lookup(ORDINALS, bare).or_else(|| bare.parse().ok()).or_else(|| {
        ORDINAL_STEMS
            .iter()
            .find(|(stem, _)| word.starts_with(stem))
            .map(|(_, n)| *n)
    })
}

fn is_year(text: &str) -> bool {
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())
}

/// `2024-07-12`, `2024-7-1`, `12.07.2024`, `07.2024`, `2024.07.12`, `2024.07`, `2024`.
fn numeric(text: &str) -> Result<When, DateProblem> {
    // "15-04-2025", "01-2025": the year last, read day first as with dots.
    let year_last = text.split('-').count() > 1 && text.rsplit('-').next().is_some_and(|last| last.trim().len() == 4);
    let (separator, year_first) = if text.contains('-') {
        ('-', !year_last)
    } else if text.contains('.') {
        ('.', text.split('.').next().is_some_and(|first| first.trim().len() == 4))
    } else {
        ('-', true)
    };
    let mut numbers = split_numbers(text, separator).ok_or(DateProblem::NotADate)?;
    if !year_first {
        numbers.reverse();
        // `01.09.25`: 2025 or 1925? Refused with both.
        let short = text.rsplit(separator).next().is_some_and(|year| year.trim().len() == 2);
        if short && numbers.len() > 1 {
            let reading = |century: u32| {
                let mut full = numbers.clone();
                full[0] += century;
                numeric_of(&full).map(|when| Span::Single(Point::exact(when)))
            };
            return Err(DateProblem::Ambiguous {
                why: DateAmbiguity::ShortYear,
                readings: [reading(2000)?, reading(1900)?],
            });
        }
    }
    numeric_of(&numbers)
}

/// Year, month and day, as numbers.
fn numeric_of(numbers: &[u32]) -> Result<When, DateProblem> {
    let (year, month, day) = match numbers {
        [year] => (*year, None, None),
        [year, month] => (*year, Some(*month), None),
        [year, month, day] => (*year, Some(*month), Some(*day)),
        _ => return Err(DateProblem::NotADate),
    };
    let year = i32::try_from(year).map_err(|_| DateProblem::ImpossibleYear)?;
    if !YEARS.contains(&year) {
        return Err(DateProblem::YearOutOfRange {
            min: *YEARS.start(),
            max: *YEARS.end(),
        });
    }
    match (month, day) {
        (None, _) => Ok(When::Year(year)),
        (Some(month), _) if !(1..=12).contains(&month) => Err(DateProblem::NoSuchMonth),
        (Some(month), None) => Ok(When::Month { year, month }),
        (Some(month), Some(day)) => NaiveDate::from_ymd_opt(year, month, day)
            .map(When::Day)
            .ok_or(DateProblem::NoSuchDay),
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
