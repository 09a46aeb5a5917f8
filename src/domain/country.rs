//! Which side of the border a project is on, or both.

use std::fmt;

use super::{DomainError, Problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    Kazakhstan,
    Uzbekistan,
    /// A cross-border project.
    Both,
}

impl Country {
    pub const ALL: [Country; 3] = [Country::Kazakhstan, Country::Uzbekistan, Country::Both];

    /// The stored code: `KZ`, `UZ` or `KZ+UZ`.
    pub fn code(self) -> &'static str {
        match self {
            Country::Kazakhstan => "KZ",
            Country::Uzbekistan => "UZ",
            Country::Both => "KZ+UZ",
        }
    }

    pub fn parse(input: &str) -> Result<Self, DomainError> {
        // Uzbek Latin writes oʻ with a turned comma, typed as any of several apostrophes.
        let wanted: String = input
            .trim()
            .to_lowercase()
            .split_whitespace()
            .collect::<String>()
            .replace(['ʻ', '‘', '’', 'ʼ', '`', '´'], "'");
        let country = match wanted.as_str() {
            "kz" | "kaz" | "kazakhstan" | "казахстан" | "қазақстан" | "qazaqstan" | "рк" => {
                Country::Kazakhstan
            }
            "uz"
            | "uzb"
            | "uzbekistan"
            | "узбекистан"
            | "руз"
            | "ўзбекистон"
            | "o'zbekiston"
            | "ozbekiston"
            | "uzbekiston" => Country::Uzbekistan,
            "kz+uz"
            | "uz+kz"
            | "kz/uz"
            | "uz/kz"
            | "kz-uz"
            | "uz-kz"
            | "both"
            | "cross-border"
            | "crossborder"
            | "kazakhstan+uzbekistan"
            | "оба"
            | "обе"
            | "приграничный"
            | "трансграничный" => Country::Both,
            _ => {
                return Err(DomainError::new(Problem::UnknownCountry {
                    input: input.trim().to_string(),
                }));
            }
        };
        Ok(country)
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names() {
        for country in Country::ALL {
            assert_eq!(Country::parse(country.code()), Ok(country));
        }
        for (input, country) in [
            ("kz", Country::Kazakhstan),
            ("Kazakhstan", Country::Kazakhstan),
            ("Uzbekistan", Country::Uzbekistan),
            ("both", Country::Both),
            ("UZ + KZ", Country::Both),
            ("Узбекистан", Country::Uzbekistan),
            ("обе", Country::Both),
            ("Оба", Country::Both),
        ] {
            assert_eq!(Country::parse(input), Ok(country), "{input}");
        }
    }

    #[test]
    fn uzbek_names_as_kazakh_ones() {
        for input in [
            "Ўзбекистон",
            "Oʻzbekiston",
            "O'zbekiston",
            "O‘zbekiston",
            "O’zbekiston",
            "Uzbekiston",
            "Ozbekiston",
        ] {
            assert_eq!(Country::parse(input), Ok(Country::Uzbekistan), "{input}");
        }
        assert_eq!(Country::parse("Қазақстан"), Ok(Country::Kazakhstan));
        assert_eq!(Country::parse("Qazaqstan"), Ok(Country::Kazakhstan));
    }

    #[test]
    fn unknown_country() {
        for input in ["", "RU", "KZ+RU", "kazakh stan?"] {
            let error = Country::parse(input).unwrap_err();
            assert_eq!(
                error.problem,
                crate::domain::Problem::UnknownCountry {
                    input: input.trim().to_string()
                }
            );
            assert!(error.to_string().contains("KZ+UZ"), "{error}");
        }
    }
}
