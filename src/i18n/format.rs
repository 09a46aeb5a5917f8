//! Numbers, money and dates as each language writes them: `14,600` and `$3.4B` in
//! English; `14 600` (a no-break space), `$3,4 млрд` and `12.07.2024` in Russian.

use super::{Lang, language};
use crate::domain::{Compact, PartialDate, Scale};

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

/// A date as precise as it is known: `2024-07-12`, `2024-07` in English (as typed and
/// stored); `12.07.2024`, `07.2024` in Russian. A year alone is the year.
pub fn date(value: PartialDate) -> String {
    match language() {
        Lang::En => value.to_string(),
        Lang::Ru => match (value.month(), value.day()) {
            (Some(month), Some(day)) => format!("{day:02}.{month:02}.{:04}", value.year()),
            (Some(month), None) => format!("{month:02}.{:04}", value.year()),
            _ => format!("{:04}", value.year()),
        },
    }
}

/// A share in tenths of a percent: `6.3%`, `6,3%`.
pub fn percent(tenths: i64) -> String {
    let mark = match language() {
        Lang::En => '.',
        Lang::Ru => ',',
    };
    format!("{}{mark}{}%", tenths / 10, tenths % 10)
}

/// A stored UTC timestamp (`2026-11-23T10:15:00Z`) as the language writes it, in UTC:
/// `2026-11-23 10:15`, `23.11.2026 10:15`.
pub fn timestamp(stored: &str) -> String {
    let Ok(parsed) = chrono::DateTime::parse_from_rfc3339(stored) else {
        return stored.to_string();
    };
    match language() {
        Lang::En => parsed.format("%Y-%m-%d %H:%M").to_string(),
        Lang::Ru => parsed.format("%d.%m.%Y %H:%M").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_language;

    #[test]
    fn english_keeps_todays_forms() {
        set_language(Lang::En);
        assert_eq!(count(14_600), "14,600");
        assert_eq!(money_compact(3_400_000_000), "$3.4B");
        assert_eq!(money_compact(217_000_000), "$217M");
        assert_eq!(money_full(3_400_000_000), "$3,400,000,000");
        assert_eq!(percent(63), "6.3%");
        assert_eq!(
            date(
                "2024-07-12"
                    .parse()
                    .unwrap_or(PartialDate::from_naive(chrono::NaiveDate::MIN))
            ),
            "2024-07-12"
        );
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
        let day: PartialDate = "2024-07-12"
            .parse()
            .unwrap_or(PartialDate::from_naive(chrono::NaiveDate::MIN));
        let month: PartialDate = "2024-07"
            .parse()
            .unwrap_or(PartialDate::from_naive(chrono::NaiveDate::MIN));
        assert_eq!(date(day), "12.07.2024");
        assert_eq!(date(month), "07.2024");
        assert_eq!(timestamp("2026-11-23T10:15:00Z"), "23.11.2026 10:15");
        set_language(Lang::En);
    }
}
