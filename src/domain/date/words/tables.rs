//! The words a date is written with, in English and Russian: data only, read by the
//! parser beside it.

use crate::domain::date::span::{Season, Third};

/// What a phrase before a date says about it.
#[derive(Clone, Copy)]
pub(super) enum Open {
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
pub(super) const OPEN: &[(&str, Open)] = &[
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
pub(super) const APPROXIMATE: &[&str] = &[
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

pub(super) const TODAY: &[&str] = &["today", "сегодня"];
pub(super) const YESTERDAY: &[&str] = &["yesterday", "вчера"];

/// A part of a period a bound runs to: "до конца 2025 года", "к середине 2025", "до начала
/// 2025". Russian "до конца X" and "к концу X" mean *by* the end: X is included.
#[derive(Clone, Copy)]
pub(super) enum ByPart {
    /// By the end of the period: not after it.
    End,
    /// By the middle of a year: not after mid-year (May–August, see [`Grouping`](crate::domain::Grouping)).
    Middle,
    /// Before the period starts: not after the one before it.
    Start,
}

pub(super) const BY_PART: &[(&str, ByPart)] = &[
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
pub(super) const MONTHS_WORDS: &[&str] = &["мес.", "мес", "месяцев", "месяца", "months of", "months"];

/// What may follow a year in Russian: "2024 г.", "2024 года".
pub(super) const YEAR_WORDS: &[&str] = &["г.", "г", "гг.", "год", "года", "году"];

pub(super) const SEASONS: &[(&str, Season)] = &[
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

/// Early, mid and late in a year: the quadrimesters (see [`Grouping`](crate::domain::Grouping)).
pub(super) const THIRDS: &[(&str, Third)] = &[
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

pub(super) const QUARTER_WORDS: &[&str] = &["quarter", "quarter of", "кв.", "кв", "квартал", "квартала", "квартале"];
pub(super) const HALF_WORDS: &[&str] = &[
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
pub(super) const ORDINALS: &[(&str, u8)] = &[
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
pub(super) const ORDINAL_STEMS: &[(&str, u8)] =
    &[("перв", 1), ("втор", 2), ("трет", 3), ("четвёрт", 4), ("четверт", 4)];
pub(super) const ORDINAL_ENDINGS: &[&str] = &["-й", "-е", "-ое", "-ий", "-ый", "-го", "й", "е"];

/// Months: English names and abbreviations; Russian in the cases a date puts them in (the
/// dative of "к июню 2025", by June).
pub(super) const MONTHS: &[(&str, u32)] = &[
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
