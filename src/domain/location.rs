//! Where a project stands: a latitude or a longitude in decimal degrees, exact or
//! approximate (the sources often name only a town or a border area).
//!
//! A coordinate is kept in millionths of a degree (about 11 cm), so that it compares and
//! round-trips exactly, and stored as text such as `43.2386` or, when approximate,
//! `41.05~` (the `~` of EDTF, which ortaq already uses for "about 2024").

use std::fmt;

use super::{DomainError, Problem};

/// Millionths in a degree.
const MICRO: i64 = 1_000_000;

/// Which of the two numbers of a position: each has its own range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Axis {
    Latitude,
    Longitude,
}

impl Axis {
    /// The largest number of degrees either side of zero.
    pub fn limit(self) -> i64 {
        match self {
            Axis::Latitude => 90,
            Axis::Longitude => 180,
        }
    }
}

/// A latitude or a longitude, in millionths of a degree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Coordinate {
    micro: i64,
    approximate: bool,
}

impl Coordinate {
    /// A coordinate from millionths of a degree (for generated portfolios and tests).
    pub fn from_micro(micro: i64, approximate: bool) -> Self {
        Self { micro, approximate }
    }

    /// Reads what a person types: `43.2386`, `43,2386` (a Russian decimal comma), `-12.5`,
    /// and `~41.05`, `≈41.05` or `41.05~` for an approximate one. More than six decimals
    /// are rounded to six (a tenth of a metre), which the save message shows.
    pub fn parse(input: &str, axis: Axis) -> Result<Self, DomainError> {
        let refuse = || {
            DomainError::new(Problem::Coordinate {
                input: input.trim().to_string(),
                limit: axis.limit(),
            })
        };
        let mut text = input.trim();
        let mut approximate = false;
        for mark in ['~', '≈'] {
            if let Some(rest) = text.strip_prefix(mark).or_else(|| text.strip_suffix(mark)) {
                text = rest.trim();
                approximate = true;
            }
        }
        let micro = decimal_micro(&text.replace(',', ".")).ok_or_else(refuse)?;
        if micro.abs() > axis.limit() * MICRO {
            return Err(refuse());
        }
        Ok(Self { micro, approximate })
    }

    /// Reads the stored form back; `None` for anything ortaq would not have written.
    pub fn stored(text: &str, axis: Axis) -> Option<Self> {
        Self::parse(text, axis).ok()
    }

    pub fn degrees(self) -> f64 {
        self.micro as f64 / MICRO as f64
    }

    pub fn micro(self) -> i64 {
        self.micro
    }

    pub fn is_approximate(self) -> bool {
        self.approximate
    }
}

/// `43.2386` → 43_238_600; rounds beyond six decimals; `None` if not a plain decimal.
fn decimal_micro(text: &str) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((_, "")) => return None,
        Some(parts) => parts,
        None => (digits, ""),
    };
    let all_digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || whole.len() > 3 || !all_digits(whole) || !all_digits(fraction) || fraction.len() > 12 {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let mut padded = format!("{fraction:0<7}");
    padded.truncate(7);
    let seventh: i64 = padded.parse().ok()?;
    let micro = whole * MICRO + (seventh + 5) / 10;
    Some(if negative { -micro } else { micro })
}

impl fmt::Display for Coordinate {
    /// The stored form: as few decimals as the value needs, `~` after an approximate one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.micro < 0 { "-" } else { "" };
        let (whole, fraction) = (self.micro.abs() / MICRO, self.micro.abs() % MICRO);
        let fraction = format!("{fraction:06}");
        let fraction = fraction.trim_end_matches('0');
        let fraction = if fraction.is_empty() { "0" } else { fraction };
        let mark = if self.approximate { "~" } else { "" };
        write!(f, "{sign}{whole}.{fraction}{mark}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lat(input: &str) -> Result<String, DomainError> {
        Coordinate::parse(input, Axis::Latitude).map(|c| c.to_string())
    }

    #[test]
    fn decimal_degrees_with_point_or_comma_are_read() {
        assert_eq!(lat("43.2386"), Ok("43.2386".into()));
        assert_eq!(lat(" 43,2386 "), Ok("43.2386".into()));
        assert_eq!(lat("-12.5"), Ok("-12.5".into()));
        assert_eq!(lat("41"), Ok("41.0".into()));
        assert_eq!(lat("41.12345678"), Ok("41.123457".into()));
        assert_eq!(lat("-0.0000004"), Ok("0.0".into()));
    }

    #[test]
    fn approximate_is_marked_and_kept() {
        for input in ["~41.05", "≈ 41,05", "41.05~"] {
            let coordinate = Coordinate::parse(input, Axis::Latitude).unwrap();
            assert!(coordinate.is_approximate(), "{input}");
            assert_eq!(coordinate.to_string(), "41.05~");
            assert_eq!(
                Coordinate::stored(&coordinate.to_string(), Axis::Latitude),
                Some(coordinate)
            );
        }
        assert!(!Coordinate::parse("41.05", Axis::Latitude).unwrap().is_approximate());
    }

    #[test]
    fn out_of_range_or_not_a_number_is_refused_with_the_range() {
        assert!(lat("90.000001").is_err());
        assert_eq!(lat("90"), Ok("90.0".into()));
        assert!(Coordinate::parse("180", Axis::Longitude).is_ok());
        assert!(Coordinate::parse("-180.5", Axis::Longitude).is_err());
        for bad in ["", "north", "41°N", "4 1", "1e3", "--1", "12.", "."] {
            let error = lat(bad).unwrap_err();
            assert_eq!(
                error.problem,
                Problem::Coordinate {
                    input: bad.trim().into(),
                    limit: 90
                },
                "{bad}"
            );
        }
    }

    #[test]
    fn degrees_are_the_stored_value() {
        let longitude = Coordinate::parse("69.5983", Axis::Longitude).unwrap();
        assert!((longitude.degrees() - 69.5983).abs() < 1e-9);
        assert_eq!(longitude.micro(), 69_598_300);
    }
}
