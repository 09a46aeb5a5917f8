//! A project of the portfolio as the rest of ortaq sees it.

use super::{Coordinate, Country, DomainError, EdtfDate, Field, FieldValue, Money, Problem, Status};

/// One joint project. `None` is unknown, which is not zero.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub id: i64,
    pub name: String,
    pub name_ru: Option<String>,
    pub country: Option<Country>,
    pub region: Option<String>,
    pub sector: Option<String>,
    pub status: Option<Status>,
    pub investment: Option<Money>,
    pub jobs_planned: Option<i64>,
    pub jobs_created: Option<i64>,
    pub partners: Option<String>,
    pub started: Option<EdtfDate>,
    pub completed: Option<EdtfDate>,
    pub description: Option<String>,
    pub source_id: Option<i64>,
    /// The source each figure was last given with: status, investment, jobs planned,
    /// jobs created, in the order of [`Field::FIGURES`].
    pub figure_sources: [Option<i64>; 4],
    pub latitude: Option<Coordinate>,
    pub longitude: Option<Coordinate>,
    /// Bumped by every change; an edit names the version it started from.
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

impl Project {
    /// A project with only a name and an id: for tests and placeholders.
    pub fn blank() -> Self {
        Self {
            id: 0,
            name: String::new(),
            name_ru: None,
            country: None,
            region: None,
            sector: None,
            status: None,
            investment: None,
            jobs_planned: None,
            jobs_created: None,
            partners: None,
            started: None,
            completed: None,
            description: None,
            source_id: None,
            figure_sources: [None; 4],
            latitude: None,
            longitude: None,
            version: 1,
            created_at: String::new(),
            updated_at: String::new(),
            deleted_at: None,
        }
    }

    /// The field's current value in its stored form, to compare with an edit.
    pub fn value(&self, field: Field) -> FieldValue {
        let text = |value: &Option<String>| value.clone().map_or(FieldValue::Null, FieldValue::Text);
        let number = |value: Option<i64>| value.map_or(FieldValue::Null, FieldValue::Integer);
        match field {
            Field::Name => FieldValue::Text(self.name.clone()),
            Field::NameRu => text(&self.name_ru),
            Field::Country => text(&self.country.map(|c| c.code().to_string())),
            Field::Region => text(&self.region),
            Field::Sector => text(&self.sector),
            Field::Status => text(&self.status.map(|s| s.as_str().to_string())),
            Field::Investment => number(self.investment.map(Money::dollars)),
            Field::JobsPlanned => number(self.jobs_planned),
            Field::JobsCreated => number(self.jobs_created),
            Field::Partners => text(&self.partners),
            Field::Started => text(&self.started.as_ref().map(EdtfDate::to_string)),
            Field::Completed => text(&self.completed.as_ref().map(EdtfDate::to_string)),
            Field::Description => text(&self.description),
            Field::Source => number(self.source_id),
            Field::Latitude => text(&self.latitude.map(|c| c.to_string())),
            Field::Longitude => text(&self.longitude.map(|c| c.to_string())),
            Field::StatusSource | Field::InvestmentSource | Field::JobsPlannedSource | Field::JobsCreatedSource => {
                number(field.figure().and_then(|figure| self.figure_source(figure)))
            }
        }
    }

    /// The source id a source field holds (`source`, `investment_source`, ...).
    pub fn source_in(&self, field: Field) -> Option<i64> {
        match (field.is_source(), self.value(field)) {
            (true, FieldValue::Integer(id)) => Some(id),
            _ => None,
        }
    }

    /// The source a figure was last given with; `None` for other fields.
    pub fn figure_source(&self, figure: Field) -> Option<i64> {
        let index = Field::FIGURES.iter().position(|f| *f == figure)?;
        self.figure_sources[index]
    }

    /// The field as a person reads it in full; empty when unknown. The text is as
    /// stored: make it safe before it reaches a terminal.
    pub fn display(&self, field: Field) -> String {
        match field {
            Field::Investment => self.investment.map(Money::full).unwrap_or_default(),
            Field::JobsPlanned => self.jobs_planned.map(super::money::group_thousands).unwrap_or_default(),
            Field::JobsCreated => self.jobs_created.map(super::money::group_thousands).unwrap_or_default(),
            source if source.is_source() => match self.value(source) {
                FieldValue::Integer(id) => format!("#{id}"),
                _ => String::new(),
            },
            other => self.value(other).to_audit().unwrap_or_default(),
        }
    }

    /// Where the project stands, when both its latitude and its longitude are known.
    pub fn position(&self) -> Option<(Coordinate, Coordinate)> {
        Some((self.latitude?, self.longitude?))
    }

    /// Country and region together: `KZ · Kostanay`.
    pub fn location(&self) -> String {
        match (self.country, self.region.as_deref()) {
            (Some(country), Some(region)) => format!("{country} · {region}"),
            (Some(country), None) => country.code().to_string(),
            (None, Some(region)) => region.to_string(),
            (None, None) => String::new(),
        }
    }
}

/// Refuses a completion that ends before the start begins (`started=2025 completed=2020`):
/// a project is completed after it starts. Dates that overlap (`started=2025-07
/// completed=2025`) may be in order and are kept; a value that is not a stored date is
/// left to the field's own check.
pub fn check_start_and_completion(started: &FieldValue, completed: &FieldValue) -> Result<(), DomainError> {
    let date = |value: &FieldValue| match value {
        FieldValue::Text(text) => text.parse::<EdtfDate>().ok(),
        _ => None,
    };
    let (Some(started), Some(completed)) = (date(started), date(completed)) else {
        return Ok(());
    };
    match (started.earliest(), completed.latest()) {
        (Some(first), Some(last)) if last < first => {
            let (started, completed) = (Box::new(started), Box::new(completed));
            Err(DomainError::new(Problem::CompletedBeforeStarted { started, completed }).in_field(Field::Completed))
        }
        _ => Ok(()),
    }
}

/// The values of a project about to be added. A name is required.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewProject {
    pub values: Vec<(Field, FieldValue)>,
}

impl NewProject {
    /// Checks that a name is given and no field is given twice.
    pub fn new(values: Vec<(Field, FieldValue)>) -> Result<Self, DomainError> {
        match values.iter().find(|(field, _)| *field == Field::Name) {
            Some((_, FieldValue::Text(name))) if !name.trim().is_empty() => {}
            _ => return Err(DomainError::new(Problem::NameRequired).in_field(Field::Name)),
        }
        for (i, (field, _)) in values.iter().enumerate() {
            if values[..i].iter().any(|(earlier, _)| earlier == field) {
                return Err(DomainError::new(Problem::GivenTwice).in_field(*field));
            }
        }
        let value = |wanted: Field| {
            values
                .iter()
                .find(|(field, _)| *field == wanted)
                .map_or(FieldValue::Null, |(_, value)| value.clone())
        };
        check_start_and_completion(&value(Field::Started), &value(Field::Completed))?;
        Ok(Self { values })
    }

    /// The project's source, given with figures, is the source of those figures too (as
    /// `set ... --source` names the source of the figures it sets): an add form or
    /// `ortaq add --source` typed from one text. A figure given its own source keeps it.
    pub fn with_source_on_figures(mut self) -> Self {
        let Some(source) = self.values.iter().find_map(|(field, value)| match (field, value) {
            (Field::Source, FieldValue::Integer(id)) => Some(*id),
            _ => None,
        }) else {
            return self;
        };
        let figures: Vec<Field> = self
            .values
            .iter()
            .filter(|(_, value)| *value != FieldValue::Null)
            .filter_map(|(field, _)| field.source_field())
            .filter(|source_field| !self.values.iter().any(|(field, _)| field == source_field))
            .collect();
        self.values
            .extend(figures.into_iter().map(|field| (field, FieldValue::Integer(source))));
        self
    }

    pub fn name(&self) -> &str {
        self.values
            .iter()
            .find_map(|(field, value)| match (field, value) {
                (Field::Name, FieldValue::Text(name)) => Some(name.as_str()),
                _ => None,
            })
            .unwrap_or_default()
    }
}
