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

    /// Reads a country as people and ministries write it: a code, a name in any of the
    /// languages, `Республика Казахстан`, or both sides joined (`Казахстан и Узбекистан`).
    pub fn parse(input: &str) -> Result<Self, DomainError> {
        let refused = || {
            DomainError::new(Problem::UnknownCountry {
                input: input.trim().to_string(),
            })
        };
        let lowered = input.to_lowercase().replace([',', ';'], " и ");
        let words: Vec<&str> = lowered
            .split_whitespace()
            .filter(|w| !w.is_empty() && !OFFICIAL.contains(w))
            .collect();
        let sides: Vec<&[&str]> = words.split(|w| AND.contains(w)).collect();
        if sides.len() > 1 {
            let mut found = sides
                .iter()
                .map(|side| Self::parse_one(&side.join(" ")))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|_| refused())?;
            found.sort();
            found.dedup();
            return match found.as_slice() {
                [one] => Ok(*one),
                _ => Ok(Country::Both),
            };
        }
        Self::parse_one(&words.join(" ")).map_err(|_| refused())
    }

    fn parse_one(input: &str) -> Result<Self, DomainError> {
        // Uzbek Latin writes oʻ with a turned comma, typed as any of several apostrophes.
        let wanted: String = input
            .trim()
            .to_lowercase()
            .split_whitespace()
            .collect::<String>()
            .replace(['ʻ', '‘', '’', 'ʼ', '`', '´'], "'");
        let country = match wanted.as_str() {
            "kz" | "kaz" | "kazakhstan" | "казахстан" | "қазақстан" | "qazaqstan" | "рк" | "кз" | "каз" => {
                Country::Kazakhstan
            }
            "uz"
            | "uzb"
            | "uzbekistan"
            | "узбекистан"
            | "руз"
            | "уз"
            | "узб"
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
            | "обестороны"
            | "обестраны"
            | "кз+уз"
            | "уз+кз"
            | "кз/уз"
            | "кз-уз"
            | "рк+руз"
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

/// The words of an official name that do not tell the country (`Республика Казахстан`).
const OFFICIAL: [&str; 6] = ["республика", "республики", "republic", "of", "the", "respublikasi"];
/// The words that join the two sides of a cross-border project.
const AND: [&str; 4] = ["и", "and", "&", "+"];

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
            // As ministries write them.
            ("Республика Казахстан", Country::Kazakhstan),
            ("Республика  Узбекистан", Country::Uzbekistan),
            ("Republic of Kazakhstan", Country::Kazakhstan),
            ("Казахстан и Узбекистан", Country::Both),
            ("Узбекистан, Казахстан", Country::Both),
            ("Kazakhstan and Uzbekistan", Country::Both),
            ("Oʻzbekiston Respublikasi", Country::Uzbekistan),
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
