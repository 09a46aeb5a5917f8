//! Numbers, money and dates as each language writes them: `14,600` and `$3.4B` in
//! English; `14 600` (a no-break space), `$3,4 млрд` and `12.07.2024` in Russian.

use super::{Arg, Lang, language, message_in};
use crate::domain::{Compact, EdtfDate, Grouping, Point, Scale, Season, Span, Third, When};

/// The no-break space Russian puts between digit groups (it never breaks a line).
pub const GROUP_RU: char = '\u{a0}';

/// A whole number with the language's digit groups: `14,600`, `14 600`.
pub fn count(value: i64) -> String {
    count_in(language(), value)
}

pub fn count_in(lang: Lang, value: i64) -> String {
    match lang {
        Lang::En => crate::domain::group_digits(value, ','),
        Lang::Ru => crate::domain::group_digits(value, GROUP_RU),
    }
}

/// A number with `places` decimals and the language's decimal mark: `6.3`, `6,3`.
pub fn decimal_in(lang: Lang, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match lang {
        Lang::En => text,
        Lang::Ru => text.replace('.', ","),
    }
}

/// A latitude or longitude in degrees with the language's decimal mark: `43.2386`,
/// `43,2386`; an approximate one as `≈ 41,05 (приблизительно)`.
pub fn coordinate(value: crate::domain::Coordinate) -> String {
    let plain = value.to_string().trim_end_matches('~').to_string();
    let plain = match language() {
        Lang::En => plain,
        Lang::Ru => plain.replace('.', ","),
    };
    if value.is_approximate() {
        message_in(
            language(),
            "core-coordinate-approximate",
            &[("value", Arg::from(plain))],
        )
    } else {
        plain
    }
}

/// A count that must fit a narrow column: in full up to 99,999, compact above.
pub fn short_count(value: i64) -> String {
    if value < 100_000 {
        count(value)
    } else {
        compact_in(language(), value)
    }
}

/// Dollars in full: `$3,400,000,000`, `$3 400 000 000`.
pub fn money_full(dollars: i64) -> String {
    format!("${}", count(dollars))
}

/// Dollars in few characters: `$3.4B`, `$217M`, `$850K`; `$3,4 млрд`, `$217 млн`, `$850 тыс.`.
pub fn money_compact(dollars: i64) -> String {
    format!("${}", compact_in(language(), dollars))
}

fn compact_in(lang: Lang, value: i64) -> String {
    let compact = Compact::of(value);
    match lang {
        Lang::En => crate::domain::compact_number(value),
        Lang::Ru => {
            let unit = match compact.scale {
                None => "",
                Some(Scale::Thousand) => "\u{a0}тыс.",
                Some(Scale::Million) => "\u{a0}млн",
                Some(Scale::Billion) => "\u{a0}млрд",
                Some(Scale::Trillion) => "\u{a0}трлн",
            };
            format!("{}{unit}", compact.digits(','))
        }
    }
}

/// A date the way people say it, as precise and as sure as it is known. English:
/// `2024-07-12`, `2024-07`, `autumn 2024`, `winter 2024/25`, `early 2024`, `Q1 2024`, `H1 2024`,
/// `not before 2024-09`, `2024-09 – 2024-12`, `about 2024`, `2024?`. Russian: `12.07.2024`,
/// `07.2024`, `осень 2024`, `начало 2024`, `I кв. 2024`, `1-е полугодие 2024`,
/// `не ранее 09.2024`, `не ранее осени 2024`, `09.2024 – 12.2024`, `около 2024`, `2024?`.
/// Every form reads back as the same date (`EdtfDate::parse`), in either language.
pub fn date(value: &EdtfDate) -> String {
    date_in(language(), value)
}

pub fn date_in(lang: Lang, value: &EdtfDate) -> String {
    let point = |p, case| Arg::Text(point_in(lang, p, case));
    match value.span() {
        Span::Single(p) => point_in(lang, p, Case::Nominative),
        Span::Between(start, end) => message_in(
            lang,
            "date-between",
            &[
                ("start", point(start, Case::Nominative)),
                ("end", point(end, Case::Nominative)),
            ],
        ),
        Span::NotBefore(start) => message_in(lang, "date-not-before", &[("date", point(start, Case::Genitive))]),
        Span::NotAfter(end) => message_in(lang, "date-not-after", &[("date", point(end, Case::Genitive))]),
    }
}

/// The case a named part of a year is said in: Russian puts it in the genitive after
/// "не ранее", "не позднее" and "около" ("не ранее осени 2024", not "не ранее осень 2024").
/// English says both alike.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Nominative,
    Genitive,
}

/// A date as stored, said as [`date`] says it; one ortaq cannot read (another tool wrote
/// it) is shown as stored, made safe for the terminal.
pub fn stored_date(stored: &str) -> String {
    stored.parse::<EdtfDate>().map_or_else(
        |_| crate::domain::text::for_terminal(stored).into_owned(),
        |parsed| date(&parsed),
    )
}

/// One date with how sure the source is: `about 2024`, `2024?`, `about 2024?`.
fn point_in(lang: Lang, point: Point, case: Case) -> String {
    let case = if point.certainty.approximate {
        Case::Genitive
    } else {
        case
    };
    let mut text = when_in(lang, point.when, case);
    if point.certainty.uncertain {
        text = message_in(lang, "date-uncertain", &[("date", Arg::Text(text))]);
    }
    if point.certainty.approximate {
        text = message_in(lang, "date-approximate", &[("date", Arg::Text(text))]);
    }
    text
}

fn when_in(lang: Lang, when: When, case: Case) -> String {
    match (when, lang) {
        (When::Day(day), Lang::En) => day.format("%Y-%m-%d").to_string(),
        (When::Day(day), Lang::Ru) => day.format("%d.%m.%Y").to_string(),
        (When::Month { year, month }, Lang::En) => format!("{year:04}-{month:02}"),
        (When::Month { year, month }, Lang::Ru) => format!("{month:02}.{year:04}"),
        (When::Year(year), _) => format!("{year:04}"),
        (When::Grouping { year, grouping }, _) => grouping_in(lang, year, grouping, case),
    }
}

fn grouping_in(lang: Lang, year: i32, grouping: Grouping, case: Case) -> String {
    // A year is text: as a number Fluent would group its digits (`2,024`). A winter runs
    // from December into the next year (edtf-core's table), so it names both years, lest
    // "winter 2024" be read as January 2024.
    let year = match grouping {
        Grouping::Season(Season::Winter) => format!("{year:04}/{:02}", (year + 1).rem_euclid(100)),
        _ => format!("{year:04}"),
    };
    let year = ("year", Arg::Text(year));
    let (id, arg) = match grouping {
        Grouping::Season(season) => (
            "date-season",
            (
                "season",
                Arg::from(match season {
                    Season::Spring => "spring",
                    Season::Summer => "summer",
                    Season::Autumn => "autumn",
                    Season::Winter => "winter",
                }),
            ),
        ),
        Grouping::Third(third) => (
            "date-third",
            (
                "part",
                Arg::from(match third {
                    Third::Early => "early",
                    Third::Mid => "mid",
                    Third::Late => "late",
                }),
            ),
        ),
        Grouping::Quarter(n) => ("date-quarter", ("quarter", Arg::Count(i64::from(n)))),
        Grouping::Half(n) => ("date-half", ("half", Arg::Count(i64::from(n)))),
    };
    // A quarter ("I кв.") is an abbreviation, the same in every case.
    let id = match (case, id) {
        (Case::Genitive, "date-season") => "date-season-of",
        (Case::Genitive, "date-third") => "date-third-of",
        (Case::Genitive, "date-half") => "date-half-of",
        _ => id,
    };
    message_in(lang, id, &[arg, year])
}

/// A share in tenths of a percent: `6.3%`, `6,3%`.
pub fn percent(tenths: i64) -> String {
    let mark = match language() {
        Lang::En => '.',
        Lang::Ru => ',',
    };
    format!("{}{mark}{}%", tenths / 10, tenths % 10)
}

/// A stored UTC timestamp (`2026-11-23T10:15:00Z`) as the language writes it, in the
/// reader's time zone (`TZ`, else the system's): `2026-11-23 15:15`, `23.11.2026 15:15`.
/// Documents name the zone with [`zone`].
pub fn timestamp(stored: &str) -> String {
    let Ok(parsed) = chrono::DateTime::parse_from_rfc3339(stored) else {
        return stored.to_string();
    };
    let parsed = parsed.with_timezone(&chrono::Local);
    match language() {
        Lang::En => parsed.format("%Y-%m-%d %H:%M").to_string(),
        Lang::Ru => parsed.format("%d.%m.%Y %H:%M").to_string(),
    }
}

/// The reader's time zone as documents name it: `UTC`, `UTC+05:00` (Astana and
/// Tashkent keep no summer time, so the offset of now is the offset of every time shown).
pub fn zone() -> String {
    let offset = chrono::Local::now().offset().local_minus_utc();
    if offset == 0 {
        return "UTC".to_string();
    }
    let sign = if offset < 0 { '-' } else { '+' };
    let minutes = offset.unsigned_abs() / 60;
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_language;

    fn stored(text: &str) -> EdtfDate {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn english_keeps_todays_forms() {
        set_language(Lang::En);
        assert_eq!(count(14_600), "14,600");
        assert_eq!(money_compact(3_400_000_000), "$3.4B");
        assert_eq!(money_compact(217_000_000), "$217M");
        assert_eq!(money_full(3_400_000_000), "$3,400,000,000");
        assert_eq!(percent(63), "6.3%");
        assert_eq!(date(&stored("2024-07-12")), "2024-07-12");
    }

    #[test]
    fn russian_as_russians_write_it() {
        set_language(Lang::Ru);
        assert_eq!(count(14_600), "14\u{a0}600");
        assert_eq!(money_compact(3_400_000_000), "$3,4\u{a0}млрд");
        assert_eq!(money_compact(217_000_000), "$217\u{a0}млн");
        assert_eq!(money_compact(850_000), "$850\u{a0}тыс.");
        assert_eq!(money_full(3_400_000_000), "$3\u{a0}400\u{a0}000\u{a0}000");
        assert_eq!(percent(63), "6,3%");
        assert_eq!(date(&stored("2024-07-12")), "12.07.2024");
        assert_eq!(date(&stored("2024-07")), "07.2024");
        assert_eq!(timestamp("2026-11-23T10:15:00Z"), "23.11.2026 10:15");
        set_language(Lang::En);
    }

    #[test]
    fn dates_the_way_people_say_them() {
        for (stored_as, english, russian) in [
            ("2024-07-12", "2024-07-12", "12.07.2024"),
            ("2024-07", "2024-07", "07.2024"),
            ("2024", "2024", "2024"),
            ("2024-23", "autumn 2024", "осень 2024"),
            ("2024-21", "spring 2024", "весна 2024"),
            ("2024-22", "summer 2024", "лето 2024"),
            ("2024-24", "winter 2024/25", "зима 2024/25"),
            ("1999-24", "winter 1999/00", "зима 1999/00"),
            ("2024-24/..", "not before winter 2024/25", "не ранее зимы 2024/25"),
            ("2024-37/..", "not before early 2024", "не ранее начала 2024"),
            ("../2024-40", "not after H1 2024", "не позднее 1-го полугодия 2024"),
            ("2024-24~", "about winter 2024/25", "около зимы 2024/25"),
            ("2024-33~", "about Q1 2024", "около I кв. 2024"),
            (
                "2024-23/2024-24",
                "autumn 2024 – winter 2024/25",
                "осень 2024 – зима 2024/25",
            ),
            ("2024-37", "early 2024", "начало 2024"),
            ("2024-38", "mid 2024", "середина 2024"),
            ("2024-39", "late 2024", "конец 2024"),
            ("2024-33", "Q1 2024", "I кв. 2024"),
            ("2024-36", "Q4 2024", "IV кв. 2024"),
            ("2024-40", "H1 2024", "1-е полугодие 2024"),
            ("2024-41", "H2 2024", "2-е полугодие 2024"),
            ("2024-09/..", "not before 2024-09", "не ранее 09.2024"),
            ("../2024-06", "not after 2024-06", "не позднее 06.2024"),
            ("2024-09/2024-12", "2024-09 – 2024-12", "09.2024 – 12.2024"),
            ("2025-09/2025-10-22", "2025-09 – 2025-10-22", "09.2025 – 22.10.2025"),
            ("2024~", "about 2024", "около 2024"),
            ("2024?", "2024?", "2024?"),
            ("2024-23%", "about autumn 2024?", "около осени 2024?"),
        ] {
            let date = stored(stored_as);
            assert_eq!(date_in(Lang::En, &date), english, "{stored_as}");
            assert_eq!(date_in(Lang::Ru, &date), russian, "{stored_as}");
        }
    }

    proptest::proptest! {
        /// What is shown reads back as the same date, in either language.
        #[test]
        fn a_shown_date_parses_back(date in crate::domain::any_date()) {
            let today = chrono::NaiveDate::MIN;
            for lang in [Lang::En, Lang::Ru] {
                let shown = date_in(lang, &date);
                proptest::prop_assert_eq!(EdtfDate::parse(&shown, today), Ok(date.clone()), "{:?} {}", lang, shown);
            }
        }
    }
}
