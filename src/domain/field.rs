//! The fields of a project: one set of names for the schema, the command line, exports,
//! imports and messages, and the rules for turning typed text into each field's value.

use std::fmt;

use chrono::NaiveDate;

use super::{Axis, Coordinate, Country, DomainError, Edge, EdtfDate, Money, Problem, Status, number, text};

/// An editable field of a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Name,
    NameRu,
    Country,
    Region,
    Sector,
    Status,
    Investment,
    JobsPlanned,
    JobsCreated,
    Partners,
    Started,
    Completed,
    Description,
    Source,
    /// The source the status was last given with; likewise for the other figures.
    StatusSource,
    InvestmentSource,
    JobsPlannedSource,
    JobsCreatedSource,
    /// Where the project stands, in decimal degrees; `~` marks an approximate one.
    Latitude,
    Longitude,
}

/// A field's value as stored: unknown, text, or a whole number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldValue {
    Null,
    Text(String),
    Integer(i64),
}

impl FieldValue {
    /// The value as the audit log records it.
    pub fn to_audit(&self) -> Option<String> {
        match self {
            FieldValue::Null => None,
            FieldValue::Text(text) => Some(text.clone()),
            FieldValue::Integer(number) => Some(number.to_string()),
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, FieldValue::Null)
    }
}

/// Words that clear a field (set it to unknown) where a value is optional.
const UNKNOWN_WORDS: &[&str] = &["", "-", "—", "unknown", "none", "null", "?"];

impl Field {
    pub const ALL: [Field; 20] = [
        Field::Name,
        Field::NameRu,
        Field::Country,
        Field::Region,
        Field::Sector,
        Field::Status,
        Field::Investment,
        Field::JobsPlanned,
        Field::JobsCreated,
        Field::Partners,
        Field::Started,
        Field::Completed,
        Field::Description,
        Field::Source,
        Field::StatusSource,
        Field::InvestmentSource,
        Field::JobsPlannedSource,
        Field::JobsCreatedSource,
        Field::Latitude,
        Field::Longitude,
    ];

    /// The figures that may each name their own source.
    pub const FIGURES: [Field; 4] = [Field::Status, Field::Investment, Field::JobsPlanned, Field::JobsCreated];

    /// The field that holds this figure's source (`investment` → `investment_source`).
    pub fn source_field(self) -> Option<Field> {
        match self {
            Field::Status => Some(Field::StatusSource),
            Field::Investment => Some(Field::InvestmentSource),
            Field::JobsPlanned => Some(Field::JobsPlannedSource),
            Field::JobsCreated => Some(Field::JobsCreatedSource),
            _ => None,
        }
    }

    /// The figure whose source this field holds (`investment_source` → `investment`).
    pub fn figure(self) -> Option<Field> {
        Self::FIGURES
            .into_iter()
            .find(|figure| figure.source_field() == Some(self))
    }

    /// Whether the field's value is a source id (the project's or a figure's).
    pub fn is_source(self) -> bool {
        self == Field::Source || self.figure().is_some()
    }

    /// The field's one name, as in `set FIELD=VALUE` and export keys.
    pub fn name(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::NameRu => "name_ru",
            Field::Country => "country",
            Field::Region => "region",
            Field::Sector => "sector",
            Field::Status => "status",
            Field::Investment => "investment",
            Field::JobsPlanned => "jobs_planned",
            Field::JobsCreated => "jobs_created",
            Field::Partners => "partners",
            Field::Started => "started",
            Field::Completed => "completed",
            Field::Description => "description",
            Field::Source => "source",
            Field::StatusSource => "status_source",
            Field::InvestmentSource => "investment_source",
            Field::JobsPlannedSource => "jobs_planned_source",
            Field::JobsCreatedSource => "jobs_created_source",
            Field::Latitude => "latitude",
            Field::Longitude => "longitude",
        }
    }

    /// The column that holds the field; never built from user input.
    pub fn column(self) -> &'static str {
        match self {
            Field::Source => "source_id",
            Field::StatusSource => "status_source_id",
            Field::InvestmentSource => "investment_source_id",
            Field::JobsPlannedSource => "jobs_planned_source_id",
            Field::JobsCreatedSource => "jobs_created_source_id",
            other => other.name(),
        }
    }

    /// Finds a field by name; dashes may stand for underscores (`jobs-planned`), and
    /// `lat`/`lon` for `latitude`/`longitude`, as map tools write them.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        let wanted = match name.trim().to_lowercase().replace('-', "_").as_str() {
            "lat" => "latitude".to_string(),
            "lon" | "lng" => "longitude".to_string(),
            other => other.to_string(),
        };
        Self::ALL.into_iter().find(|f| f.name() == wanted).ok_or_else(|| {
            DomainError::new(Problem::UnknownField {
                input: name.trim().to_string(),
            })
        })
    }

    /// The longest text the field takes, in characters.
    fn max_chars(self) -> usize {
        match self {
            Field::Name | Field::NameRu => 300,
            Field::Region | Field::Sector => 200,
            Field::Partners => 2_000,
            _ => 20_000,
        }
    }

    /// Turns typed text into the field's stored value, or says what is accepted.
    ///
    /// A `source` is given as the source's id; the store resolves other references.
    pub fn parse_value(self, input: &str, today: NaiveDate) -> Result<FieldValue, DomainError> {
        let trimmed = input.trim();
        if self != Field::Name && UNKNOWN_WORDS.contains(&trimmed.to_lowercase().as_str()) {
            return Ok(FieldValue::Null);
        }
        let in_field = |error: DomainError| error.in_field(self);
        match self {
            Field::Country => Ok(FieldValue::Text(
                Country::parse(trimmed).map_err(in_field)?.code().into(),
            )),
            Field::Status => Ok(FieldValue::Text(
                Status::parse(trimmed).map_err(in_field)?.as_str().into(),
            )),
            Field::Investment => Ok(FieldValue::Integer(Money::parse(trimmed).map_err(in_field)?.dollars())),
            Field::JobsPlanned | Field::JobsCreated => {
                Ok(FieldValue::Integer(number::parse_count(trimmed).map_err(in_field)?))
            }
            Field::Latitude => coordinate(trimmed, Axis::Latitude).map_err(in_field),
            Field::Longitude => coordinate(trimmed, Axis::Longitude).map_err(in_field),
            Field::Started | Field::Completed => {
                let edge = if self == Field::Started { Edge::Start } else { Edge::End };
                Ok(FieldValue::Text(
                    EdtfDate::parse_calendar(trimmed, today, edge)
                        .map_err(in_field)?
                        .to_string(),
                ))
            }
            Field::Source
            | Field::StatusSource
            | Field::InvestmentSource
            | Field::JobsPlannedSource
            | Field::JobsCreatedSource => parse_source_id(trimmed).map(FieldValue::Integer).map_err(in_field),
            Field::Name | Field::NameRu | Field::Region | Field::Sector | Field::Partners | Field::Description => {
                self.parse_text(input)
            }
        }
    }

    fn parse_text(self, input: &str) -> Result<FieldValue, DomainError> {
        let cleaned = text::clean_input(input, self == Field::Description);
        if cleaned.is_empty() {
            return if self == Field::Name {
                Err(DomainError::new(Problem::NameRequired).in_field(self))
            } else {
                Ok(FieldValue::Null)
            };
        }
        let length = cleaned.chars().count();
        if length > self.max_chars() {
            return Err(DomainError::new(Problem::TooLong {
                length,
                limit: self.max_chars(),
            })
            .in_field(self));
        }
        Ok(FieldValue::Text(cleaned))
    }
}

fn coordinate(input: &str, axis: Axis) -> Result<FieldValue, DomainError> {
    Coordinate::parse(input, axis).map(|c| FieldValue::Text(c.to_string()))
}

fn parse_source_id(input: &str) -> Result<i64, DomainError> {
    super::reference::parse_id(input).filter(|id| *id > 0).ok_or_else(|| {
        DomainError::new(Problem::NotSourceId {
            input: input.to_string(),
        })
    })
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn names_round_trip_and_accept_dashes() {
        for field in Field::ALL {
            assert_eq!(Field::parse(field.name()), Ok(field));
            assert_eq!(Field::parse(&field.name().replace('_', "-")), Ok(field));
        }
        assert!(Field::parse("budget").unwrap_err().to_string().contains("jobs_planned"));
    }

    #[test]
    fn values_are_parsed_by_field() {
        let parse = |field: Field, input: &str| field.parse_value(input, today());
        assert_eq!(parse(Field::Investment, "12.5m"), Ok(FieldValue::Integer(12_500_000)));
        assert_eq!(parse(Field::Investment, ""), Ok(FieldValue::Null));
        assert_eq!(parse(Field::JobsCreated, "4 800"), Ok(FieldValue::Integer(4_800)));
        assert_eq!(parse(Field::Country, "both"), Ok(FieldValue::Text("KZ+UZ".into())));
        assert_eq!(
            parse(Field::Status, "implemented"),
            Ok(FieldValue::Text("operating".into()))
        );
        assert_eq!(
            parse(Field::Started, "12.07.2024"),
            Ok(FieldValue::Text("2024-07-12".into()))
        );
        assert_eq!(parse(Field::Source, "#3"), Ok(FieldValue::Integer(3)));
        assert_eq!(
            parse(Field::Region, " Angren\u{1b}[1m "),
            Ok(FieldValue::Text("Angren[1m".into()))
        );
        assert_eq!(parse(Field::Region, "—"), Ok(FieldValue::Null));
        assert_eq!(parse(Field::Latitude, "41,05~"), Ok(FieldValue::Text("41.05~".into())));
        assert_eq!(parse(Field::Longitude, "-"), Ok(FieldValue::Null));
        assert_eq!(Field::parse("lat"), Ok(Field::Latitude));
        assert_eq!(Field::parse("LON"), Ok(Field::Longitude));
    }

    #[test]
    fn refusals_name_the_field() {
        let parse = |field: Field, input: &str| field.parse_value(input, today()).unwrap_err().to_string();
        assert!(parse(Field::Name, "   ").contains("cannot be empty"));
        assert!(parse(Field::Name, &"x".repeat(100_000)).contains("too long"));
        assert!(parse(Field::Investment, "-5").starts_with("investment: "));
        assert!(parse(Field::JobsPlanned, "many").starts_with("jobs_planned: "));
        assert!(parse(Field::Completed, "31.02.2024").starts_with("completed: "));
        assert!(parse(Field::Source, "0").starts_with("source: "));
        assert!(parse(Field::InvestmentSource, "x").starts_with("investment_source: "));
        assert!(parse(Field::Latitude, "91").starts_with("latitude: "));
        assert!(parse(Field::Longitude, "69.2E").contains("-180 and 180"));
    }

    #[test]
    fn each_figure_has_one_source_field() {
        for figure in Field::FIGURES {
            let source = figure.source_field().unwrap();
            assert_eq!(source.figure(), Some(figure));
            assert!(source.is_source());
            assert_eq!(source.name(), format!("{}_source", figure.name()));
            assert_eq!(source.column(), format!("{}_source_id", figure.name()));
        }
        assert_eq!(Field::Source.figure(), None);
        assert_eq!(Field::Region.source_field(), None);
        assert_eq!(
            Field::InvestmentSource.parse_value("#2", today()),
            Ok(FieldValue::Integer(2))
        );
    }
}
