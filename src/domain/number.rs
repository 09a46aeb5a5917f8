//! Whole numbers as people write them: `14600`, `14,600`, `14 600`, `3,4 млрд`, `217m`.
//!
//! Shared by money and job counts. Grouping separators (comma, dot, space) must group
//! digits in threes. A single comma or dot followed by exactly three digits (`1,500`,
//! `1.500`, `1,500 million`) is ambiguous between a decimal mark (Russian writes `1,5`) and
//! a thousands separator (English writes `1,500`), and is refused rather than guessed: the
//! parser does not know the language the person writes in (the same text is typed in
//! either, and files come from both), so it is refused in every language. Grouping that
//! cannot be a decimal (`1,500,000`, `1 500`) is taken.
//!
//! A number given with how it is given ("около 100 млн", "over 500") is refused too: a
//! project's figure is one amount, and an approximation is a reported figure's qualifier.

use super::{DomainError, NumberProblem, Problem};

/// Why a number was refused; each caller turns it into a sentence of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NumberError {
    Empty,
    Negative,
    Garbage,
    Ambiguous,
    NotWhole,
    TooLarge,
    Approximate,
}

impl NumberError {
    /// The problem as a typed fact; `ceiling` is the largest value the figure may hold.
    pub(crate) fn problem(self, ceiling: i64) -> NumberProblem {
        match self {
            NumberError::Empty => NumberProblem::Empty,
            NumberError::Negative => NumberProblem::Negative,
            NumberError::Garbage => NumberProblem::NotANumber,
            NumberError::Ambiguous => NumberProblem::Ambiguous,
            NumberError::NotWhole => NumberProblem::NotWhole,
            NumberError::TooLarge => NumberProblem::TooLarge { ceiling },
            NumberError::Approximate => NumberProblem::Approximate,
        }
    }
}

/// A multiplier word after the number.
const UNITS: &[(&[&str], i128)] = &[
    (
        &[
            "k",
            "K",
            "thousand",
            "thousands",
            "тыс",
            "тыс.",
            "тысяч",
            "тысячи",
            "тысяча",
        ],
        1_000,
    ),
    (
        &[
            "m",
            "mn",
            "mln",
            "million",
            "millions",
            "млн",
            "млн.",
            "миллион",
            "миллиона",
            "миллионов",
        ],
        1_000_000,
    ),
    (
        &[
            "b",
            "bn",
            "bln",
            "billion",
            "billions",
            "млрд",
            "млрд.",
            "миллиард",
            "миллиарда",
            "миллиардов",
        ],
        1_000_000_000,
    ),
];

/// Words that say how a figure is given rather than the figure: "около 100 млн",
/// "over 500", "~100m". They belong to a reported figure's qualifier.
const APPROXIMATIONS: &[&str] = &[
    "about",
    "around",
    "approximately",
    "approx.",
    "approx",
    "circa",
    "ca.",
    "over",
    "more than",
    "at least",
    "no less than",
    "up to",
    "almost",
    "nearly",
    "около",
    "ок.",
    "порядка",
    "примерно",
    "приблизительно",
    "более",
    "свыше",
    "больше",
    "не менее",
    "не меньше",
    "до",
    "почти",
    "~",
    "≈",
    ">",
    "<",
];

/// Whether `text` (lower case) begins with a word of [`APPROXIMATIONS`].
pub(crate) fn is_approximate(text: &str) -> bool {
    APPROXIMATIONS.iter().any(|word| {
        text.strip_prefix(word).is_some_and(|rest| {
            let symbol = !word.ends_with(|c: char| c.is_alphabetic());
            symbol || rest.starts_with(|c: char| is_space(c) || c.is_ascii_digit() || c == '$')
        })
    })
}

/// Parses a non-negative whole number with an optional unit word.
pub(crate) fn parse_scaled(input: &str) -> Result<i64, NumberError> {
    let normalized: String = input
        .trim()
        .chars()
        .map(|c| if is_space(c) { ' ' } else { c })
        .collect();
    if normalized.is_empty() {
        return Err(NumberError::Empty);
    }
    if normalized.starts_with(['-', '−', '–']) {
        return Err(NumberError::Negative);
    }
    if is_approximate(&normalized.to_lowercase()) {
        return Err(NumberError::Approximate);
    }
    let split = normalized
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.' || c == ' '))
        .unwrap_or(normalized.len());
    let (number, unit) = normalized.split_at(split);
    let unit = unit.trim().to_lowercase();
    let multiplier = unit_multiplier(&unit).ok_or(NumberError::Garbage)?;
    let (mantissa, decimals) = parse_digits(number.trim())?;
    let scale = 10_i128.pow(decimals);
    let scaled = mantissa.checked_mul(multiplier).ok_or(NumberError::TooLarge)?;
    if scaled % scale != 0 {
        return Err(NumberError::NotWhole);
    }
    i64::try_from(scaled / scale).map_err(|_| NumberError::TooLarge)
}

/// The largest count a figure may hold (jobs of one project, or projects in a
/// portfolio): a larger one is a typo, most often extra zeros.
pub const MAX_COUNT: i64 = 1_000_000;

/// A whole, non-negative count such as a number of jobs or projects, at most [`MAX_COUNT`].
pub fn parse_count(input: &str) -> Result<i64, DomainError> {
    let refused = |problem| {
        DomainError::new(Problem::Count {
            input: input.trim().to_string(),
            problem,
        })
    };
    let count = parse_scaled(input).map_err(|error| refused(error.problem(MAX_COUNT)))?;
    if count > MAX_COUNT {
        return Err(refused(NumberProblem::TooLarge { ceiling: MAX_COUNT }));
    }
    Ok(count)
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' | '\t')
}

fn unit_multiplier(unit: &str) -> Option<i128> {
    if unit.is_empty() {
        return Some(1);
    }
    UNITS
        .iter()
        .find(|(words, _)| words.iter().any(|w| w.to_lowercase() == unit))
        .map(|(_, multiplier)| *multiplier)
}

/// Splits `3,400.5` into (34005, 1): the digits and how many of them are decimals.
fn parse_digits(number: &str) -> Result<(i128, u32), NumberError> {
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(NumberError::Garbage);
    }
    let separators: Vec<(usize, char)> = number.char_indices().filter(|(_, c)| !c.is_ascii_digit()).collect();
    let (integer, fraction) = match decimal_separator(number, &separators)? {
        Some(at) => (&number[..at], &number[at + 1..]),
        None => (number, ""),
    };
    if fraction.contains(|c: char| !c.is_ascii_digit()) || (fraction.is_empty() && integer.len() < number.len()) {
        return Err(NumberError::Garbage);
    }
    let digits = integer_digits(integer)?;
    let all: String = digits + fraction;
    if all.len() > 30 {
        return Err(NumberError::TooLarge);
    }
    let mantissa = all.parse::<i128>().map_err(|_| NumberError::Garbage)?;
    Ok((mantissa, fraction.len() as u32))
}

/// Where the decimal separator is, if there is one.
fn decimal_separator(number: &str, separators: &[(usize, char)]) -> Result<Option<usize>, NumberError> {
    let Some(&(last_at, last)) = separators.last() else {
        return Ok(None);
    };
    if last == ' ' {
        return Ok(None);
    }
    let same_kind = separators.iter().filter(|(_, c)| *c == last).count();
    let other_kind = separators.iter().any(|(_, c)| *c != last && *c != ' ');
    if same_kind > 1 {
        // `3,400,000` or `3.400.000`: grouping, no decimals.
        return if other_kind {
            Err(NumberError::Garbage)
        } else {
            Ok(None)
        };
    }
    if other_kind {
        // `3,400.5`: the last separator is the decimal one.
        return Ok(Some(last_at));
    }
    let digits_after = number.len() - last_at - 1;
    let digits_before = last_at;
    if &number[..last_at] == "0" {
        // `0,500` groups nothing: a zero before the separator makes it a decimal.
        return Ok(Some(last_at));
    }
    // A leading zero groups nothing (`012,345`): only the decimal reading is left.
    let groups = !number.starts_with('0');
    let spaced = separators.iter().any(|(_, c)| *c == ' ');
    if digits_after == 3 && groups && (spaced || (1..=3).contains(&digits_before)) {
        // `1,500` is 1500 in English and 1.5 in Russian; `1,500 million` 1.5 million or
        // 1500 million; `12.345` twelve and a bit or 12345 written the European way;
        // `2 000,000` two thousand with three decimals, or two million mistyped.
        return Err(NumberError::Ambiguous);
    }
    Ok(Some(last_at))
}

/// The digits of the integer part, checking that any grouping is in threes.
fn integer_digits(integer: &str) -> Result<String, NumberError> {
    let groups: Vec<&str> = integer.split([',', '.', ' ']).collect();
    let well_grouped = groups.len() == 1
        || (groups[0].len() <= 3
            && !groups[0].is_empty()
            && !groups[0].starts_with('0')
            && groups[1..].iter().all(|g| g.len() == 3));
    if !well_grouped || groups.iter().any(|g| g.contains(|c: char| !c.is_ascii_digit())) {
        return Err(NumberError::Garbage);
    }
    Ok(groups.concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_grouped_numbers() {
        for (input, expected) in [
            ("14600", 14_600),
            ("14 600", 14_600),
            ("14\u{a0}600", 14_600),
            ("3,400,000,000", 3_400_000_000),
            ("3.400.000.000", 3_400_000_000),
            ("3 400 000 000", 3_400_000_000),
            ("0", 0),
            ("  7 ", 7),
        ] {
            assert_eq!(parse_scaled(input), Ok(expected), "{input}");
        }
    }

    #[test]
    fn units_and_decimals() {
        for (input, expected) in [
            ("3.4bn", 3_400_000_000),
            ("3,4 млрд", 3_400_000_000),
            ("217m", 217_000_000),
            ("217 МЛН", 217_000_000),
            ("850k", 850_000),
            ("850 тыс.", 850_000),
            ("12.5m", 12_500_000),
            ("13,6 тыс", 13_600),
            ("1,234.5 million", 1_234_500_000),
            ("1.234,5 million", 1_234_500_000),
            ("0,500 млрд", 500_000_000),
            ("0.5bn", 500_000_000),
        ] {
            assert_eq!(parse_scaled(input), Ok(expected), "{input}");
        }
    }

    #[test]
    fn refusals() {
        for (input, expected) in [
            ("", NumberError::Empty),
            ("-5", NumberError::Negative),
            ("−5", NumberError::Negative),
            ("abc", NumberError::Garbage),
            ("12 apples", NumberError::Garbage),
            ("1,500 million", NumberError::Ambiguous),
            ("1,500", NumberError::Ambiguous),
            ("14,600", NumberError::Ambiguous),
            ("1.500", NumberError::Ambiguous),
            ("около 100 млн", NumberError::Approximate),
            ("Около 100 млн", NumberError::Approximate),
            ("about 100m", NumberError::Approximate),
            ("over 500", NumberError::Approximate),
            ("более 500", NumberError::Approximate),
            ("~100m", NumberError::Approximate),
            ("12.345", NumberError::Ambiguous),
            ("2 000,000", NumberError::Ambiguous),
            ("14 600,000", NumberError::Ambiguous),
            ("1 000.000", NumberError::Ambiguous),
            ("12 500,000 млн", NumberError::Ambiguous),
            ("3.5", NumberError::NotWhole),
            ("99999999999999999999", NumberError::TooLarge),
            ("10bn bn", NumberError::Garbage),
            ("1,23,456", NumberError::Garbage),
            ("1,", NumberError::Garbage),
            (",5", NumberError::Garbage),
            ("1.2.3,4", NumberError::Garbage),
            ("9300000000 bn", NumberError::TooLarge),
            ("0,500", NumberError::NotWhole),
            ("0.500", NumberError::NotWhole),
            ("0 500", NumberError::Garbage),
            ("012,345", NumberError::NotWhole),
            ("0,123,456", NumberError::Garbage),
        ] {
            assert_eq!(parse_scaled(input), Err(expected), "{input}");
        }
    }

    #[test]
    fn a_count_above_the_ceiling_is_refused_and_says_the_ceiling() {
        assert_eq!(parse_count("1 000 000"), Ok(MAX_COUNT));
        let error = parse_count("14600000").unwrap_err();
        assert!(error.to_string().contains("1,000,000"), "{error}");
        assert!(parse_count("0,500").unwrap_err().to_string().contains("whole number"));
    }

    #[test]
    fn count_errors_say_what_is_accepted() {
        let error = parse_count("lots").unwrap_err();
        assert!(error.to_string().contains("14 600"), "{error}");
        assert_eq!(parse_count("14 600"), Ok(14_600));
    }
}
