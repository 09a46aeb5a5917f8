//! Money in whole US dollars: parsed from what people write, shown compactly in tables
//! (`$3.4B`) and in full in the detail (`$3,400,000,000`).

use std::fmt;

use super::number::parse_scaled;
use super::{DomainError, NumberProblem, Problem};

/// A non-negative amount of whole US dollars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i64);

/// The largest investment a project may have: above any single industrial project (the
/// whole joint portfolio is a few billion), so a larger figure is a typo, most often
/// extra zeros. Sums of figures within it cannot overflow for any number of projects
/// SQLite can hold in practice (92 million at the ceiling each).
pub const MAX_INVESTMENT: i64 = 100_000_000_000;

const CURRENCY_PREFIXES: &[&str] = &["us$", "usd", "$"];
/// Longest first where one ends another: "12,5 млн долларов США", "12,5 млн долл. США".
const CURRENCY_SUFFIXES: &[&str] = &[
    "usd",
    "us dollars",
    "dollars",
    "долларов сша",
    "доллара сша",
    "доллар сша",
    "долл. сша",
    "долл.сша",
    "долл сша",
    "долларов",
    "доллара",
    "доллар",
    "долл.",
    "долл",
    "$",
];

impl Money {
    pub fn from_dollars(dollars: i64) -> Result<Self, DomainError> {
        if dollars < 0 {
            return Err(refused(&dollars.to_string(), NumberProblem::Negative));
        }
        Ok(Self(dollars))
    }

    pub fn dollars(self) -> i64 {
        self.0
    }

    /// Parses `3.4bn`, `$217,000,000`, `217 млн`, `850k`, ...
    pub fn parse(input: &str) -> Result<Self, DomainError> {
        let lowered = input.trim().to_lowercase();
        let mut rest = lowered.as_str();
        if rest.starts_with(['-', '−']) {
            return Err(refused(input, NumberProblem::Negative));
        }
        if let Some(prefix) = CURRENCY_PREFIXES.iter().find(|p| rest.starts_with(*p)) {
            rest = rest[prefix.len()..].trim_start();
        }
        if let Some(suffix) = CURRENCY_SUFFIXES.iter().find(|s| rest.ends_with(*s)) {
            rest = rest[..rest.len() - suffix.len()].trim_end();
        }
        let dollars = parse_scaled(rest).map_err(|error| refused(input, error.problem(MAX_INVESTMENT)))?;
        if dollars > MAX_INVESTMENT {
            return Err(refused(
                input,
                NumberProblem::TooLarge {
                    ceiling: MAX_INVESTMENT,
                },
            ));
        }
        Ok(Self(dollars))
    }

    /// A stored project figure, if it is one ortaq could have written: whole, not
    /// negative, and within [`MAX_INVESTMENT`].
    pub fn stored(dollars: i64) -> Option<Self> {
        (0..=MAX_INVESTMENT).contains(&dollars).then_some(Self(dollars))
    }

    /// `$3,400,000,000`: the exact amount in the form the parser reads back (the words
    /// for people, in either language, are `i18n::format`'s).
    pub fn full(self) -> String {
        format!("${}", group_thousands(self.0))
    }
}

fn refused(input: &str, problem: NumberProblem) -> DomainError {
    DomainError::new(Problem::Money {
        input: input.trim().to_string(),
        problem,
    })
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.full())
    }
}

/// The scale of a compact number: thousands, millions, billions, trillions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Thousand,
    Million,
    Billion,
    Trillion,
}

/// A number in few digits, one decimal at most: 3.4 billion is `tenths = 34` with
/// `scale = Billion`; below a thousand, `scale` is `None` and `tenths` is ten times it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Compact {
    pub tenths: i128,
    pub scale: Option<Scale>,
}

impl Compact {
    pub fn of(value: i64) -> Self {
        const SCALES: [(i128, Scale); 4] = [
            (1_000, Scale::Thousand),
            (1_000_000, Scale::Million),
            (1_000_000_000, Scale::Billion),
            (1_000_000_000_000, Scale::Trillion),
        ];
        let number = i128::from(value.max(0));
        let Some(mut index) = SCALES.iter().rposition(|(size, _)| number >= *size) else {
            return Self {
                tenths: number * 10,
                scale: None,
            };
        };
        loop {
            let (size, scale) = SCALES[index];
            let tenths = (number * 10 + size / 2) / size;
            if tenths >= 10_000 && index + 1 < SCALES.len() {
                index += 1;
                continue;
            }
            // From 100 up, or on a whole number, the decimal is dropped.
            let tenths = if tenths % 10 == 0 || tenths >= 1_000 {
                (tenths + 5) / 10 * 10
            } else {
                tenths
            };
            // 999.6 million rounds to 1,000 million: that is 1 billion.
            if tenths >= 10_000 && index + 1 < SCALES.len() {
                index += 1;
                continue;
            }
            return Self {
                tenths,
                scale: Some(scale),
            };
        }
    }

    /// The digits with `decimal` as the decimal mark: `3.4`, `217`, `3,4`.
    pub fn digits(self, decimal: char) -> String {
        if self.tenths % 10 == 0 {
            (self.tenths / 10).to_string()
        } else {
            format!("{}{decimal}{}", self.tenths / 10, self.tenths % 10)
        }
    }
}

/// `14600` -> `14,600`.
pub fn group_thousands(value: i64) -> String {
    group_digits(value, ',')
}

/// The digits of `value` in groups of three, joined by `separator`.
pub fn group_digits(value: i64, separator: char) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        grouped.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepted_forms() {
        for (input, dollars) in [
            ("3400000000", 3_400_000_000),
            ("3,400,000,000", 3_400_000_000),
            ("$3.4bn", 3_400_000_000),
            ("3.4 billion", 3_400_000_000),
            ("217m", 217_000_000),
            ("217 million", 217_000_000),
            ("850k", 850_000),
            ("3,4 млрд", 3_400_000_000),
            ("217 млн", 217_000_000),
            ("850 тыс", 850_000),
            ("$ 12.5m", 12_500_000),
            ("US$217M", 217_000_000),
            ("217 million USD", 217_000_000),
            ("$217,000,000", 217_000_000),
            ("4,4 млрд долларов", 4_400_000_000),
            ("12,5 млн долл. США", 12_500_000),
            ("12,5 млн долларов США", 12_500_000),
            ("12,5 млн долл.США", 12_500_000),
            ("0", 0),
        ] {
            assert_eq!(Money::parse(input).map(Money::dollars), Ok(dollars), "{input}");
        }
    }

    #[test]
    fn rejected_forms_say_what_is_accepted() {
        for input in [
            "",
            "-5",
            "−3.4bn",
            "abc",
            "3.4 trillion",
            "1,500 million",
            "12.345",
            "$",
            "3.4bn$x",
            "99999999999bn",
            "9223372036854775808",
            "1e9",
            "3..4m",
            "NaN",
            "$$5",
        ] {
            let error = Money::parse(input).expect_err(input).to_string();
            // Exactly one instruction: what to write instead.
            assert!(error.matches("write ").count() <= 1, "{input}: {error}");
            assert!(
                error.contains("US dollars") || error.contains("1.5 million") || error.contains("ambiguous"),
                "{input}: {error}"
            );
        }
    }

    #[test]
    fn amounts_above_the_ceiling_are_refused_with_the_ceiling_named() {
        assert_eq!(Money::parse("100bn").map(Money::dollars), Ok(MAX_INVESTMENT));
        for typo in [
            "3400000000000000000",
            "3.4 quintillion",
            "100.5bn",
            "3400 млрд",
            "99999999999999999999",
        ] {
            let error = Money::parse(typo).unwrap_err();
            if typo.contains("quintillion") {
                continue;
            }
            assert!(error.to_string().contains("$100,000,000,000"), "{typo}: {error}");
        }
        assert_eq!(Money::stored(MAX_INVESTMENT + 1), None);
        assert_eq!(Money::stored(-1), None);
    }

    #[test]
    fn full_form() {
        assert_eq!(Money(217_000_000).full(), "$217,000,000");
        assert_eq!(Money(5).full(), "$5");
        assert_eq!(group_thousands(1_000), "1,000");
    }

    proptest! {
        #[test]
        fn full_form_parses_back(dollars in 0_i64..=MAX_INVESTMENT) {
            prop_assert_eq!(Money::parse(&Money(dollars).full()), Ok(Money(dollars)));
        }

        #[test]
        fn compact_form_parses_back_when_exact(tenths in 0_i64..10_000, unit in 0_u32..3) {
            let scale = [1_000_i64, 1_000_000, 1_000_000_000][unit as usize];
            prop_assume!(tenths > 0);
            let dollars = tenths * scale / 10;
            prop_assume!(dollars <= MAX_INVESTMENT);
            // Tables show it so (English: the thread's language in tests).
            let shown = crate::i18n::format::money_compact(dollars);
            let back = Money::parse(&shown).map(Money::dollars);
            // Compact is rounded: it parses back within half a percent.
            let back = back.map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!((back - dollars).abs() * 200 <= dollars, "{} -> {} -> {}", dollars, shown, back);
        }

        #[test]
        fn parser_never_panics(input in ".{0,40}") {
            let _ = Money::parse(&input);
        }
    }

    /// "1,500" was stored as $1,500 while "1.500" was refused: a comma is the decimal mark
    /// in Russian, so both are refused, saying the reading that is not ambiguous.
    #[test]
    fn a_comma_before_three_digits_is_refused_as_the_dot_is() {
        use crate::i18n::{Lang, error::domain_error_in};
        for input in ["1,500", "1.500", "$1,500", "14,600"] {
            let error = Money::parse(input).expect_err(input);
            assert_eq!(
                error.problem,
                Problem::Money {
                    input: input.into(),
                    problem: NumberProblem::Ambiguous
                },
                "{input}"
            );
        }
        let error = Money::parse("1,500").unwrap_err();
        let english = domain_error_in(Lang::En, &error);
        assert!(
            english.contains("ambiguous") && english.contains("write 1500"),
            "{english}"
        );
        let russian = domain_error_in(Lang::Ru, &error);
        assert!(
            russian.contains("читается двояко") && russian.contains("напишите: 1500"),
            "{russian}"
        );
        // Both readings are the person's own number, never a fixed example.
        let billions = domain_error_in(Lang::Ru, &Money::parse("1,500 млрд").unwrap_err());
        assert!(billions.contains("напишите 1500 млрд или 1,5 млрд"), "{billions}");
        let spaced = domain_error_in(Lang::Ru, &Money::parse("2 000,000").unwrap_err());
        assert!(
            spaced.contains("2 000 000") && spaced.contains("или 2 000 "),
            "{spaced}"
        );
        let count = crate::domain::parse_count("14,600").unwrap_err();
        let count = domain_error_in(Lang::Ru, &count);
        assert!(
            count.contains("14,6 (") && count.contains("так и напишите: 14600") && !count.contains("14 600"),
            "{count}"
        );
        assert_eq!(Money::parse("1,500,000").map(Money::dollars), Ok(1_500_000));
        assert_eq!(Money::parse("1 500").map(Money::dollars), Ok(1_500));
        assert_eq!(
            crate::domain::parse_count("1,500").unwrap_err().problem,
            Problem::Count {
                input: "1,500".into(),
                problem: NumberProblem::Ambiguous
            }
        );
    }

    /// "около 100 млн" for a project's investment was refused as "not an amount": the
    /// refusal says the approximation belongs to a reported figure's qualifier.
    #[test]
    fn an_approximate_amount_is_sent_to_the_reported_figures_qualifier() {
        use crate::i18n::{Lang, error::domain_error_in};
        for input in ["около 100 млн", "about $100m", "свыше 100 млн долларов", "~100m"] {
            let error = Money::parse(input).expect_err(input);
            assert_eq!(
                error.problem,
                Problem::Money {
                    input: input.into(),
                    problem: NumberProblem::Approximate
                },
                "{input}"
            );
            // Said in words, with no command-line option: the interface shows it too.
            assert!(
                domain_error_in(Lang::En, &error).contains("officially reported"),
                "{input}"
            );
            assert!(
                domain_error_in(Lang::Ru, &error).contains("официально заявленных"),
                "{input}"
            );
            assert!(!domain_error_in(Lang::En, &error).contains("not an amount"), "{input}");
        }
        let error = crate::domain::parse_count("около 500").unwrap_err();
        assert!(domain_error_in(Lang::Ru, &error).contains("приблизительное"), "{error}");
    }
}
