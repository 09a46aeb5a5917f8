//! What `check`, `source` and `indicator` print and say: the database's health, the
//! sources and the reported figures, in the language spoken.

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::commands::{emit, message, refused};
use super::{IndicatorCommand, SourceCommand, records};
use crate::domain::{EdtfDate, Money, parse_count, text};
use crate::i18n::{self, format};
use crate::report;
use crate::store::{Metric, NewIndicator, NewSource, Qualifier, SearchIndex, Store};
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
            message(&tr!("cli-source-added", id = source.id.to_string()));
            emit(&format!("{}\n", source.id))
        }
    }
}

/// `ortaq indicator list|add`.
pub fn indicators(store: &mut Store, command: &IndicatorCommand, today: NaiveDate) -> Result<()> {
    match command {
        IndicatorCommand::List => {
            let mut out = String::new();
            for i in store.indicators()? {
                let value = if i.metric.is_money() {
                    format::money_full(i.value)
                } else {
                    format::count(i.value)
                };
                let value = i18n::qualified(i.qualifier, value);
                out.push_str(&format!(
                    "#{} {} {}: {} {value} ({}){}\n",
                    i.id,
                    format::date(&i.as_of),
                    text::for_terminal(&i18n::scope_label(&i.scope)),
                    metric_word(i.metric),
                    tr!("cli-source-ref", id = i.source_id.to_string()),
                    i.note
                        .as_deref()
                        .map(|n| format!(" — {}", text::for_terminal(n)))
                        .unwrap_or_default()
                ));
            }
            emit(&out)
        }
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
            let qualifier = match (qualifier, over) {
                (Some(_), true) => bail!(tr!("cli-over-and-qualifier")),
                (Some(code), false) => Qualifier::parse(code)?,
                (None, true) => Qualifier::Over,
                (None, false) => Qualifier::Exact,
            };
            let value = if metric.is_money() {
                Money::parse(value)?.dollars()
            } else {
                parse_count(value)?
            };
            let source = records::source_id(store, source)?;
            let new = NewIndicator::new(as_of, scope, metric, value, qualifier, source, note.as_deref())?;
            let added = store.add_indicator(&new)?;
            message(&tr!("cli-figure-added", id = added.id.to_string()));
            Ok(())
        }
    }
}

/// What a figure counts, as a word in a sentence: `investment` / `инвестиции`.
fn metric_word(metric: Metric) -> String {
    match metric {
        Metric::Projects => tr!("cli-metric-projects"),
        Metric::Investment => tr!("cli-metric-investment"),
        Metric::JobsCreated => tr!("cli-metric-jobs-created"),
        Metric::JobsPlanned => tr!("cli-metric-jobs-planned"),
        Metric::Jobs => tr!("cli-metric-jobs"),
        Metric::TradeContracts => tr!("cli-metric-trade-contracts"),
        Metric::TradeContractsValue => tr!("cli-metric-trade-contracts-value"),
    }
}
