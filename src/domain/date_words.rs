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

use super::date::{Certainty, Grouping, Point, Season, Span, Third, When, YEARS};
use super::{DateAmbiguity, DateProblem};

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
    // "к 2026 году", "by 2026": by then, the year included.
    ("к", Open::NotAfter),
    ("by", Open::NotAfter),
    ("no later than", Open::NotAfter),
    ("not later than", Open::NotAfter),
    ("не позднее", Open::NotAfter),
    ("не позже", Open::NotAfter),
    ("until", Open::NotAfter),
    ("till", Open::NotAfter),
    ("before", Open::Before),
    // "до июня 2024", "ранее 06.2024": before June, as "before June 2024" is read. "до 2025
    // года" is refused as ambiguous (see `up_to_year`): plans "до 2030 года" include 2030.
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
const YESTERDAY: &[&str] = &["yesterday", "вчера"];

/// A part of a period a bound runs to: "до конца 2025 года", "к середине 2025", "до начала
/// 2025". Russian "до конца X" and "к концу X" mean *by* the end: X is included.
#[derive(Clone, Copy)]
enum ByPart {
    /// By the end of the period: not after it.
    End,
    /// By the middle of a year: not after mid-year (May–August, see [`Grouping`]).
    Middle,
    /// Before the period starts: not after the one before it.
    Start,
}

const BY_PART: &[(&str, ByPart)] = &[
    ("до конца", ByPart::End),
    ("к концу", ByPart::End),
    ("by the end of", ByPart::End),
    ("by end of", ByPart::End),
    ("until the end of", ByPart::End),
    ("до середины", ByPart::Middle),
    ("к середине", ByPart::Middle),
    ("by the middle of", ByPart::Middle),
    ("by mid-", ByPart::Middle),
    ("by mid", ByPart::Middle),
    ("до начала", ByPart::Start),
    ("к началу", ByPart::Start),
    ("before the start of", ByPart::Start),
    ("before the beginning of", ByPart::Start),
    ("by the start of", ByPart::Start),
    ("by the beginning of", ByPart::Start),
];

/// "9 мес. 2025", "9 months of 2025": the first months of a year.
const MONTHS_WORDS: &[&str] = &["мес.", "мес", "месяцев", "месяца", "months of", "months"];

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

const QUARTER_WORDS: &[&str] = &["quarter", "quarter of", "кв.", "кв", "квартал", "квартала", "квартале"];
const HALF_WORDS: &[&str] = &[
    "half",
    "half of",
    "полугодие",
    "полугодия",
    "полугодии",
    "п/г",
    "пол.",
    "половина",
    "половины",
    "половине",
    "половину",
];

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

/// Months: English names and abbreviations; Russian in the cases a date puts them in (the
/// dative of "к июню 2025", by June).
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
    ("январю", 1),
    ("январе", 1),
    ("февраль", 2),
    ("февраля", 2),
    ("февралю", 2),
    ("феврале", 2),
    ("март", 3),
    ("марта", 3),
    ("марту", 3),
    ("марте", 3),
    ("апрель", 4),
    ("апреля", 4),
    ("апрелю", 4),
    ("апреле", 4),
    ("май", 5),
    ("мая", 5),
    ("маю", 5),
    ("мае", 5),
    ("июнь", 6),
    ("июня", 6),
    ("июню", 6),
    ("июне", 6),
    ("июль", 7),
    ("июля", 7),
    ("июлю", 7),
    ("июле", 7),
    ("август", 8),
    ("августа", 8),
    ("августу", 8),
    ("августе", 8),
    ("сентябрь", 9),
    ("сентября", 9),
    ("сентябрю", 9),
    ("сентябре", 9),
    ("октябрь", 10),
    ("октября", 10),
    ("октябрю", 10),
    ("октябре", 10),
    ("ноябрь", 11),
    ("ноября", 11),
    ("ноябрю", 11),
    ("ноябре", 11),
    ("декабрь", 12),
    ("декабря", 12),
    ("декабрю", 12),
    ("декабре", 12),
    // The abbreviations of ministries' tables: "сент. 2024", "янв. 2025".
    ("янв", 1),
    ("фев", 2),
    ("февр", 2),
    ("мар", 3),
    ("апр", 4),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("сент", 9),
    ("окт", 10),
    ("ноя", 11),
    ("нояб", 11),
    ("дек", 12),
];

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
    ((whole(a) || month(a)) && whole(b) || named(a) && !b.is_empty()).then_some((a, b))
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
