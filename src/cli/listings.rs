//! What `check`, `source` and `indicator` print and say: the database's health, the
//! sources and the reported figures, in the language spoken.

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;

use super::output::{emit, message, refused};
use super::{IndicatorCommand, SourceCommand, records};
use crate::domain::reference::parse_id;
use crate::domain::{EdtfDate, Money, NumberProblem, Problem, parse_count, text};
use crate::i18n::{self, format};
use crate::report;
use crate::store::{Correction, Metric, NewIndicator, NewSource, Qualifier, SearchIndex, Store};
use crate::tr;

/// `ortaq check`: the report on standard output; problems make the command fail.
pub fn check(store: &mut Store, repair: bool) -> Result<()> {
    // Before the checks, whose search-index probe is a write that may checkpoint.
    let journal = store.journal_health()?;
    let mut report = store.check()?;
    if repair && matches!(report.search_index, SearchIndex::OutOfStep(_)) {
        store.rebuild_search_index()?;
        message(&tr!("cli-check-rebuilt"));
        report = store.check()?;
    }
    let integrity: Vec<String> = report
        .integrity
        .iter()
        .map(|line| {
            if line == "ok" {
                tr!("cli-check-ok")
            } else {
                text::for_terminal(line).into_owned()
            }
        })
        .collect();
    let mut out = tr!(
        "cli-check-counts",
        schema = report.schema_version.to_string(),
        projects = report.projects,
        deleted = report.deleted_projects,
        updates = report.updates,
        changes = report.changes,
        integrity = integrity.join("; ")
    );
    out.push('\n');
    out.push_str(&match &report.search_index {
        SearchIndex::Ok => tr!("cli-check-index-ok"),
        SearchIndex::NotChecked => tr!("cli-check-index-not-checked"),
        SearchIndex::OutOfStep(problem) => tr!("cli-check-index-out-of-step", problem = problem.as_str()),
    });
    out.push('\n');
    for value in &report.unreadable {
        let id = value.project.to_string();
        let shown = text::for_terminal(&value.value);
        out.push_str(&match (value.table, value.field) {
            ("indicators", "value") => tr!("cli-check-unreadable-figure", id = id, value = shown),
            ("indicators", _) => tr!("cli-check-unreadable-figure-date", id = id, value = shown),
            ("sources", _) => tr!("cli-check-unreadable-source-date", id = id, value = shown),
            ("updates", _) => tr!("cli-check-unreadable-update-date", id = id, value = shown),
            _ => tr!("cli-check-unreadable", id = id, field = value.field, value = shown),
        });
        out.push('\n');
    }
    for reversed in &report.completed_before_start {
        out.push_str(&completed_before_start(reversed));
        out.push('\n');
    }
    for (table, rowid, parent) in &report.foreign_keys {
        out.push_str(&tr!(
            "cli-check-foreign-key",
            table = table.as_str(),
            row = rowid.to_string(),
            parent = parent.as_str()
        ));
        out.push('\n');
    }
    out.push_str(&super::replication::journal_report(&journal));
    emit(&out)?;
    if !report.is_ok() {
        bail!(tr!("cli-check-failed", database = store.path().display().to_string()));
    }
    Ok(())
}

/// `ortaq source list|add`.
pub fn sources(store: &mut Store, command: &SourceCommand, today: NaiveDate) -> Result<()> {
    match command {
        SourceCommand::List => {
            let mut out = String::new();
            for source in store.sources()? {
                let published = source
                    .published
                    .as_deref()
                    .map_or_else(|| report::UNKNOWN.to_string(), format::stored_date);
                out.push_str(&format!(
                    "#{} {} — {} ({published}){}\n",
                    source.id,
                    text::for_terminal(&source.publisher),
                    text::for_terminal(&source.title),
                    source
                        .url
                        .as_deref()
                        .map(|u| format!(" {}", text::for_terminal(u)))
                        .unwrap_or_default()
                ));
                if let Some(note) = &source.note {
                    out.push_str(&format!("    {}\n", text::for_terminal(note)));
                }
            }
            emit(&out)
        }
        SourceCommand::Add {
            publisher,
            title,
            url,
            published,
            note,
        } => {
            let published = published
                .as_deref()
                .map(|d| EdtfDate::parse(d, today).map_err(|e| refused("--published", &e)))
                .transpose()?;
            let new = NewSource::new(publisher, title, url.as_deref(), published, note.as_deref())?;
            let source = store.add_source(&new)?;
            let date = source
                .published
                .as_ref()
                .map_or_else(|| report::UNKNOWN.to_string(), |d| format::stored_date(d));
            let name = crate::i18n::values::source_name(std::slice::from_ref(&source), source.id);
            message(&tr!(
                "cli-source-added",
                source = text::for_terminal(&name),
                date = date
            ));
            emit(&format!("{}\n", source.id))
        }
    }
}

/// `ortaq indicator list|add|remove|correct`.
pub fn indicators(store: &mut Store, command: &IndicatorCommand, today: NaiveDate) -> Result<()> {
    match command {
        IndicatorCommand::List { all } => list_figures(store, *all),
        IndicatorCommand::Add {
            as_of,
            scope,
            metric,
            value,
            qualifier,
            over,
            source,
            note,
        } => {
            let as_of = EdtfDate::parse(as_of, today).map_err(|e| refused("--as-of", &e))?;
            let metric = Metric::parse(metric)?;
            // `jobs` is for rows from before created and planned were told apart: a new
            // figure says which it is, so it is never compared with the wrong kind.
            if metric == Metric::Jobs {
                bail!(tr!("cli-metric-jobs-refused"));
            }
            let given = match (qualifier, over) {
                (Some(_), true) => bail!(tr!("cli-over-and-qualifier")),
                (Some(code), false) => Some(Qualifier::parse(code)?),
                (None, true) => Some(Qualifier::Over),
                (None, false) => None,
            };
            let (qualifier, number) = worded_value(value, given)?;
            let qualifier = qualifier.unwrap_or(Qualifier::Exact);
            let value = figure_value(metric, number)?;
            let source = records::source_id(store, source)?;
            let new = NewIndicator::new(as_of, scope, metric, value, qualifier, source, note.as_deref())?;
            let added = store.add_indicator(&new)?;
            message(&tr!("cli-figure-added", figure = i18n::figure_line(&added)));
            Ok(())
        }
        IndicatorCommand::Remove { id } => {
            let removed = store.remove_indicator(figure_id(id)?)?;
            message(&tr!("cli-figure-removed", figure = i18n::figure_line(&removed)));
            Ok(())
        }
        IndicatorCommand::Correct {
            id,
            value,
            qualifier,
            note,
        } => correct_figure(store, figure_id(id)?, value, qualifier.as_deref(), note.as_deref()),
    }
}

/// `indicator list [--all]`: one figure a line; a removed one (only with `--all`) says
/// when and by whom, a correction which figure it replaces.
fn list_figures(store: &Store, all: bool) -> Result<()> {
    let figures = if all {
        store.all_indicators()?
    } else {
        store.indicators()?
    };
    let mut out = String::new();
    for figure in figures {
        out.push_str(&i18n::figure_line(&figure));
        if let Some(note) = &figure.note {
            out.push_str(&format!(" — {}", text::for_terminal(note)));
        }
        if let Some(old) = figure.replaces {
            out.push_str(&format!(" {}", tr!("cli-figure-replaces", id = old.to_string())));
        }
        if let Some(removal) = &figure.removed {
            out.push_str(&format!(
                " {}",
                tr!(
                    "cli-figure-removed-mark",
                    at = format::timestamp(&removal.at),
                    by = text::for_terminal(&removal.by).into_owned()
                )
            ));
        }
        out.push('\n');
    }
    emit(&out)
}

/// `indicator correct ID --value V`: the value read as the corrected figure's kind.
fn correct_figure(store: &mut Store, id: i64, value: &str, qualifier: Option<&str>, note: Option<&str>) -> Result<()> {
    let old = store.indicator(id)?;
    let given = qualifier.map(Qualifier::parse).transpose()?;
    let (qualifier, number) = worded_value(value, given)?;
    let correction = Correction {
        value: figure_value(old.metric, number)?,
        qualifier,
        note: note.map(str::to_string),
    };
    let new = store.correct_indicator(id, &correction)?;
    message(&tr!(
        "cli-figure-corrected",
        old = i18n::figure_line(&old),
        new = i18n::figure_line(&new)
    ));
    Ok(())
}

/// A reported figure's value as a text gives it (`более 14 000`): the qualifier its words
/// say and the number after them. A qualifier given as an option as well must say the
/// same; one given only as an option stands.
fn worded_value(typed: &str, given: Option<Qualifier>) -> Result<(Option<Qualifier>, &str)> {
    let (worded, number) = Qualifier::split(typed)?;
    // Exact has no word before a figure: named by its code.
    let word = |qualifier: Qualifier| match i18n::qualifier_word(qualifier) {
        word if word.is_empty() => qualifier.as_str().to_string(),
        word => word,
    };
    match (worded, given) {
        (Some(worded), Some(given)) if worded != given => bail!(tr!(
            "cli-qualifier-twice",
            value = i18n::error::quoted(i18n::language(), &text::for_terminal(typed)),
            worded = word(worded),
            given = word(given)
        )),
        (worded, given) => Ok((worded.or(given), number)),
    }
}

/// A figure's number as typed (`#11` or `11`).
fn figure_id(typed: &str) -> Result<i64> {
    match parse_id(typed) {
        Some(id) => Ok(id),
        None => bail!(tr!(
            "cli-figure-not-an-id",
            input = text::for_terminal(typed).into_owned()
        )),
    }
}

/// A reported figure's value as typed, read as its kind (dollars or a count); above the
/// ceiling, said of a reported figure, not of a project.
fn figure_value(metric: Metric, typed: &str) -> Result<i64> {
    let read = if metric.is_money() {
        Money::parse(typed).map(|m| m.dollars())
    } else {
        parse_count(typed)
    };
    read.map_err(|error| match error.problem {
        Problem::Money {
            problem: NumberProblem::TooLarge { ceiling },
            ..
        } => anyhow!(tr!(
            "cli-figure-money-too-large",
            input = text::for_terminal(typed).into_owned(),
            ceiling = format::money_full(ceiling)
        )),
        Problem::Count {
            problem: NumberProblem::TooLarge { ceiling },
            ..
        } => anyhow!(tr!(
            "cli-figure-count-too-large",
            input = text::for_terminal(typed).into_owned(),
            ceiling = format::count(ceiling)
        )),
        _ => error.into(),
    })
}

/// A project completed before it started, the dates said as read.
fn completed_before_start(reversed: &crate::store::ReversedDates) -> String {
    let said = |text: &str| match text.parse::<crate::domain::EdtfDate>() {
        Ok(date) => crate::i18n::format::date(&date),
        Err(_) => text::for_terminal(text).into_owned(),
    };
    tr!(
        "cli-check-completed-before-start",
        id = reversed.project.to_string(),
        started = said(&reversed.started),
        completed = said(&reversed.completed)
    )
}
