//! Turning command-line words into checked values: project fields, filters, sources.

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

use super::{AddArgs, Filters};
use crate::domain::{Country, Field, FieldValue, NewProject, Status, reference, text};
use crate::store::{ProjectQuery, Store};

/// Parses `FIELD=VALUE` pairs; every bad pair is reported, in one message.
pub fn assignments(store: &Store, pairs: &[String], today: NaiveDate) -> Result<Vec<(Field, FieldValue)>> {
    let mut values = Vec::new();
    let mut problems = Vec::new();
    for pair in pairs {
        let Some((name, value)) = pair.split_once('=') else {
            problems.push(crate::tr!("cli-not-project-assignment", given = format!("{pair:?}")));
            continue;
        };
        match Field::parse(name)
            .map_err(anyhow::Error::from)
            .and_then(|field| field_value(store, field, value, today))
        {
            Ok((field, _)) if values.iter().any(|(f, _)| *f == field) => {
                problems.push(crate::i18n::error::domain_error(
                    &crate::domain::DomainError::new(crate::domain::Problem::GivenTwice).in_field(field),
                ));
            }
            Ok(pair) => values.push(pair),
            Err(error) => problems.push(crate::i18n::error::chain(&error)),
        }
    }
    if !problems.is_empty() {
        bail!(crate::tr!("err-nothing-written", error = problems.join("; ")));
    }
    Ok(values)
}

/// The values of `ortaq add`.
pub fn new_project(store: &Store, args: &AddArgs, today: NaiveDate) -> Result<NewProject> {
    let given = [
        (Field::Name, Some(&args.name)),
        (Field::NameRu, args.name_ru.as_ref()),
        (Field::Country, args.country.as_ref()),
        (Field::Region, args.region.as_ref()),
        (Field::Sector, args.sector.as_ref()),
        (Field::Status, args.status.as_ref()),
        (Field::Investment, args.investment.as_ref()),
        (Field::JobsPlanned, args.jobs_planned.as_ref()),
        (Field::JobsCreated, args.jobs_created.as_ref()),
        (Field::Partners, args.partners.as_ref()),
        (Field::Started, args.started.as_ref()),
        (Field::Completed, args.completed.as_ref()),
        (Field::Description, args.description.as_ref()),
        (Field::Source, args.source.as_ref()),
    ];
    let mut values = Vec::new();
    let mut problems = Vec::new();
    for (field, value) in given {
        let Some(value) = value else { continue };
        match field_value(store, field, value, today) {
            Ok(pair) => values.push(pair),
            Err(error) => problems.push(crate::i18n::error::chain(&error)),
        }
    }
    if !problems.is_empty() {
        bail!(crate::tr!("err-nothing-written", error = problems.join("; ")));
    }
    Ok(NewProject::new(values)?.with_source_on_figures())
}

/// One field's value; a source may be named by a fragment of its publisher or title.
pub fn field_value(store: &Store, field: Field, value: &str, today: NaiveDate) -> Result<(Field, FieldValue)> {
    if field.is_source() && field.parse_value(value, today).is_err() && reference::parse_id(value).is_none() {
        let source = store.find_source(value)?;
        return Ok((field, FieldValue::Integer(source.id)));
    }
    Ok((field, crate::i18n::as_stored(field, field.parse_value(value, today)?)))
}

/// `set ... --source N`: the source of every figure the command sets, in the same edit.
/// Without a figure to attach it to, the flag is refused rather than silently ignored.
pub fn with_figure_source(
    mut values: Vec<(Field, FieldValue)>,
    source: Option<i64>,
) -> Result<Vec<(Field, FieldValue)>> {
    let Some(source) = source else {
        return Ok(values);
    };
    let figures: Vec<Field> = values.iter().filter_map(|(field, _)| field.source_field()).collect();
    if figures.is_empty() {
        bail!(crate::tr!("cli-set-source-without-figure"));
    }
    for source_field in figures {
        if values.iter().any(|(field, _)| *field == source_field) {
            return Err(crate::domain::DomainError::new(crate::domain::Problem::GivenTwice)
                .in_field(source_field)
                .into());
        }
        values.push((source_field, FieldValue::Integer(source)));
    }
    Ok(values)
}

/// The figures whose source an edit cleared without being asked to (`investment=…`
/// without `--source`), to say so.
pub fn sources_cleared(given: &[(Field, FieldValue)], changed: &crate::store::Changed) -> Vec<Field> {
    changed
        .fields
        .iter()
        .filter_map(|field| field.figure())
        .filter(|figure| changed.project.figure_source(*figure).is_none())
        .filter(|figure| !given.iter().any(|(field, _)| Some(*field) == figure.source_field()))
        .collect()
}

/// A source id from an id or a fragment.
pub fn source_id(store: &Store, reference: &str) -> Result<i64> {
    Ok(store.find_source(reference)?.id)
}

/// The filters of `list` and `summary`.
pub fn query(store: &Store, filters: &Filters) -> Result<ProjectQuery> {
    let unknown = |value: &str| matches!(value.trim().to_lowercase().as_str(), "unknown" | "none" | "-" | "—");
    let statuses = filters
        .status
        .iter()
        .map(|s| {
            if unknown(s) {
                Ok(None)
            } else {
                Status::parse(s).map(Some)
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    let countries = filters
        .country
        .iter()
        .map(|c| {
            if unknown(c) {
                Ok(None)
            } else {
                Country::parse(c).map(Some)
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    let known_sectors = store.sectors()?;
    let sectors = filters
        .sector
        .iter()
        .map(|wanted| {
            if unknown(wanted) {
                return Ok(None);
            }
            // A sector named by its label in either language is its code.
            let wanted = crate::i18n::sector_code(wanted).unwrap_or(wanted);
            known_sectors
                .iter()
                .find(|s| text::fold(s) == text::fold(wanted.trim()))
                .cloned()
                .map(Some)
                .with_context(|| {
                    crate::tr!(
                        "cli-no-such-sector",
                        sector = format!("{wanted:?}"),
                        sectors = known_sectors.join(", ")
                    )
                })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(ProjectQuery {
        statuses,
        countries,
        sectors,
        ..ProjectQuery::default()
    })
}
