//! The words people type for a date, in English and Russian whatever the language spoken:
//! "autumn 2024", "начало 2024", "Q1 2024", "1 кв. 2024", "July 2024", "июля 2024",
//! "not before 09.2024", "after August 2024", "until June 2024", "до 06.2024", "около 2024",
//! "первое полугодие 2024", "в конце 2024 г.", "July 12, 2024", "winter 2024/25",
//! "09.2024–12.2024", "сентябрь–декабрь 2024", "09–12.2024", and the numeric forms
//! `12.07.2024`, `07.2024`, `2024.07.12`, `2024-7-1`.
//!
//! The words are data (the tables below); this module reads them and writes no sentence.
//! What is read becomes a [`Span`], which [`EdtfDate`](super::EdtfDate) checks and bounds.

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use super::DateProblem;
use super::date::{Certainty, Grouping, Point, Season, Span, Third, When, YEARS};

/// What a phrase before a date says about it.
#[derive(Clone, Copy)]
enum Open {
    /// On or after the date.
    NotBefore,
    /// After the date: on or after the next one ("after August" is "not before September").
    After,
    /// On or before the date.
    NotAfter,
    /// Before the date: on or before the previous one.
    Before,
}

/// Phrases for an open end, longest first where one begins another.
const OPEN: &[(&str, Open)] = &[
    ("not before", Open::NotBefore),
    ("no earlier than", Open::NotBefore),
    ("not earlier than", Open::NotBefore),
    ("since", Open::NotBefore),
    ("не ранее", Open::NotBefore),
    ("не раньше", Open::NotBefore),
    ("начиная с", Open::NotBefore),
    ("from", Open::NotBefore),
    ("с", Open::NotBefore),
    ("after", Open::After),
    ("после", Open::After),
    ("not after", Open::NotAfter),
    ("no later than", Open::NotAfter),
    ("not later than", Open::NotAfter),
    ("не позднее", Open::NotAfter),
    ("не позже", Open::NotAfter),
    ("until", Open::NotAfter),
    ("till", Open::NotAfter),
    ("before", Open::Before),
    // "до июня 2024", "ранее 06.2024": before June, as "before June 2024" is read.
    ("до", Open::Before),
    ("ранее", Open::Before),
];

/// Words that make a date approximate (EDTF `~`).
const APPROXIMATE: &[&str] = &[
    "about",
    "circa",
    "ca.",
    "c.",
    "approximately",
    "approx.",
    "around",
    "около",
    "ок.",
    "примерно",
    "приблизительно",
];

const TODAY: &[&str] = &["today", "сегодня"];

/// What may follow a year in Russian: "2024 г.", "2024 года".
const YEAR_WORDS: &[&str] = &["г.", "г", "гг.", "год", "года", "году"];

const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("autumn", Season::Autumn),
    ("fall", Season::Autumn),
    ("winter", Season::Winter),
    ("весна", Season::Spring),
    ("весной", Season::Spring),
    ("весны", Season::Spring),
    ("лето", Season::Summer),
    ("летом", Season::Summer),
    ("лета", Season::Summer),
    ("осень", Season::Autumn),
    ("осенью", Season::Autumn),
    ("осени", Season::Autumn),
    ("зима", Season::Winter),
    ("зимой", Season::Winter),
    ("зимы", Season::Winter),
];

/// Early, mid and late in a year: the quadrimesters (see [`Grouping`]).
const THIRDS: &[(&str, Third)] = &[
    ("early", Third::Early),
    ("beginning of", Third::Early),
    ("mid", Third::Mid),
    ("middle of", Third::Mid),
    ("late", Third::Late),
    ("end of", Third::Late),
    ("начало", Third::Early),
    ("начала", Third::Early),
    ("начале", Third::Early),
    ("в начале", Third::Early),
    ("середина", Third::Mid),
    ("середины", Third::Mid),
    ("середине", Third::Mid),
    ("в середине", Third::Mid),
    ("конец", Third::Late),
    ("конца", Third::Late),
    ("конце", Third::Late),
    ("в конце", Third::Late),
];

const QUARTER_WORDS: &[&str] = &["quarter", "кв.", "кв", "квартал", "квартала", "квартале"];
const HALF_WORDS: &[&str] = &["half", "полугодие", "полугодия", "полугодии", "п/г", "пол."];

/// Numbers of a quarter or a half: `1`, `I`, `first`, `1-й`, `1-е`.
const ORDINALS: &[(&str, u8)] = &[
    ("i", 1),
    ("ii", 2),
    ("iii", 3),
    ("iv", 4),
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("1st", 1),
    ("2nd", 2),
    ("3rd", 3),
    ("4th", 4),
];
/// Russian ordinals in any gender and case, by their stem: "первое", "втором", "четвёртый".
const ORDINAL_STEMS: &[(&str, u8)] = &[("перв", 1), ("втор", 2), ("трет", 3), ("четвёрт", 4), ("четверт", 4)];
const ORDINAL_ENDINGS: &[&str] = &["-й", "-е", "-ое", "-ий", "-ый", "-го", "й", "е"];

/// Months: English names and abbreviations; Russian in the cases a date puts them in.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    ("январь", 1),
    ("января", 1),
    ("январе", 1),
    ("февраль", 2),
    ("февраля", 2),
    ("феврале", 2),
    ("март", 3),
    ("марта", 3),
    ("марте", 3),
    ("апрель", 4),
    ("апреля", 4),
    ("апреле", 4),
    ("май", 5),
    ("мая", 5),
    ("мае", 5),
    ("июнь", 6),
    ("июня", 6),
    ("июне", 6),
    ("июль", 7),
    ("июля", 7),
    ("июле", 7),
    ("август", 8),
    ("августа", 8),
    ("августе", 8),
    ("сентябрь", 9),
    ("сентября", 9),
    ("сентябре", 9),
    ("октябрь", 10),
    ("октября", 10),
    ("октябре", 10),
    ("ноябрь", 11),
    ("ноября", 11),
    ("ноябре", 11),
    ("декабрь", 12),
    ("декабря", 12),
    ("декабре", 12),
];

/// Reads `input` (already refused as EDTF) as words or numbers.
pub(super) fn parse(input: &str, today: NaiveDate) -> Result<Span, DateProblem> {
    let text = normalize(input);
    if let Some((start, end)) = split_range(&text) {
        let end = point(end, today)?;
        let start = point(start, today).or_else(|problem| borrow_year(start, end.when, today).ok_or(problem))?;
        return Ok(Span::Between(start, end));
    }
    for (phrase, open) in OPEN {
        if let Some(rest) = after_phrase(&text, phrase) {
            let at = point(rest, today)?;
            let step = |forward| {
                at.when
                    .step(forward)
                    .map(|when| Point { when, ..at })
                    .ok_or(DateProblem::YearOutOfRange {
                        min: *YEARS.start(),
                        max: *YEARS.end(),
                    })
            };
            return Ok(match open {
                Open::NotBefore => Span::NotBefore(at),
                Open::After => Span::NotBefore(step(true)?),
                Open::NotAfter => Span::NotAfter(at),
                Open::Before => Span::NotAfter(step(false)?),
            });
        }
    }
    point(&text, today).map(Span::Single)
}

/// The start of a range that names no year takes the end's: "сентябрь–декабрь 2024",
/// "09–12.2024", "12–15 July 2024". `None` when it still is no date.
fn borrow_year(start: &str, end: When, today: NaiveDate) -> Option<Point> {
    let year = end.year();
    let short = !start.is_empty() && start.len() <= 2 && start.bytes().all(|b| b.is_ascii_digit());
    let text = match end {
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
    for (from, to) in [("from ", " to "), ("с ", " по "), ("с ", " до ")] {
        if let Some(parts) = text.strip_prefix(from).and_then(|rest| rest.split_once(to)) {
            return Some(trimmed(parts));
        }
    }
    // A bare hyphen joins two dates only where it cannot be part of one.
    let (a, b) = text.split_once('-')?;
    let whole = |s: &str| is_year(s) || (s.contains('.') && s.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    // "09-12.2024": a month number, then a month of a year.
    let month = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    ((whole(a) || month(a)) && whole(b)).then_some((a, b))
}

/// The rest of `text` after `phrase` and a space (or after a phrase ending in a dot).
fn after_phrase<'a>(text: &'a str, phrase: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(phrase)?;
    if phrase.ends_with('.') {
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
    Ok(Point {
        when: when(body, today)?,
        certainty,
    })
}

/// A day, a month, a year or a grouping, in numbers or words.
fn when(text: &str, today: NaiveDate) -> Result<When, DateProblem> {
    if TODAY.contains(&text) {
        return Ok(When::Day(today));
    }
    if text
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b' '))
    {
        return numeric(text);
    }
    // "в июле 2024", "во втором полугодии 2024", "в 2024 году": the preposition says nothing.
    let text = ["в ", "во "].iter().find_map(|p| text.strip_prefix(p)).unwrap_or(text);
    let mut words: Vec<&str> = text.split(' ').collect();
    // "mid-2024": a hyphen between a word and the year.
    if let ([_], Some((word, year))) = (words.as_slice(), text.split_once('-')) {
        words = vec![word, year];
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
        None => Ok(when),
        Some(next) if is_winter(when) && is_next_year(year, next) => Ok(when),
        Some(_) => Err(DateProblem::NotADate),
    }
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
    let Some((number, unit)) = phrase.split_once(' ') else {
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
    let (separator, year_first) = if text.contains('-') {
        ('-', true)
    } else if text.contains('.') {
        ('.', text.split('.').next().is_some_and(|first| first.trim().len() == 4))
    } else {
        ('-', true)
    };
    let mut numbers = split_numbers(text, separator).ok_or(DateProblem::NotADate)?;
    if !year_first {
        numbers.reverse();
    }
    let (year, month, day) = match numbers.as_slice() {
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
