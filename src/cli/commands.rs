//! The non-interactive commands: data to standard output, messages to standard error.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::{Local, NaiveDate};

use super::{
    Cli, Command, DataFormat, ExchangeFormat, IndicatorCommand, ListArgs, SourceCommand, SummaryArgs, SummaryFormat,
};
use super::{files, records};
use crate::domain::{Money, PartialDate, group_thousands, parse_count, reference, text};
use crate::report::{self, Charset, Format, detail, exchange, list, summary::Summary};
use crate::store::{
    Dimension, Metric, NewIndicator, NewSource, NewUpdate, OpenOptions, SearchIndex, SortDirection, SortKey, Store,
};

/// Where the database is: `--db`, `ORTAQ_DB`, or the user's data directory.
pub fn database_path(cli: &Cli) -> Result<PathBuf> {
    if let Some(path) = &cli.db {
        return Ok(path.clone());
    }
    let dirs = directories::ProjectDirs::from("", "", "ortaq")
        .context("cannot find your data directory (no home directory?); give a database with --db PATH")?;
    Ok(dirs.data_dir().join("ortaq.db"))
}

pub fn open_store(cli: &Cli) -> Result<Store> {
    let path = database_path(cli)?;
    let options = OpenOptions {
        seed: !cli.empty,
        read_only: cli.read_only,
    };
    let store = Store::open_with(&path, &options)?;
    if store.was_created() {
        // A mistyped --db path creates a database too: say so, and where.
        let path = std::path::absolute(&path).unwrap_or(path);
        message(&format!(
            "created a new database at {} ({})",
            text::for_terminal(&path.display().to_string()),
            if cli.empty { "empty" } else { "with the seed portfolio" }
        ));
    }
    Ok(store)
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// Runs one command; the interface is started by the caller when there is none.
pub fn run(cli: &Cli, command: &Command) -> Result<()> {
    // Completions and the manual page need no database: none is opened or created.
    if let Some(text) = super::install::generated(command) {
        return emit(&text?);
    }
    if let Command::Serve { name, authorized_keys } = command {
        return super::access::serve(cli, name, authorized_keys.as_deref());
    }
    run_on(open_store(cli)?, command)
}

/// Runs one command on an open database (the SSH entry opens it for the person).
pub(super) fn run_on(mut store: Store, command: &Command) -> Result<()> {
    match command {
        Command::List(args) => list_projects(&store, args),
        Command::Show { project, format } => show(&store, project, *format),
        Command::Add(args) => {
            let new = records::new_project(&store, args, today())?;
            let project = store.add_project(&new)?;
            message(&format!("added #{} {}", project.id, text::for_terminal(&project.name)));
            emit(&format!("{}\n", project.id))
        }
        Command::Set {
            project,
            assignments,
            if_version,
        } => {
            let found = store.find_project(project)?;
            let values = records::assignments(&store, assignments, today())?;
            let changed = set_fields(&mut store, found.id, found.version, *if_version, values)?;
            if changed.fields.is_empty() {
                message(&format!("#{} already had those values; nothing changed", found.id));
            } else {
                let names: Vec<&str> = changed.fields.iter().map(|f| f.name()).collect();
                message(&format!(
                    "#{} {}: set {} (version {})",
                    found.id,
                    text::for_terminal(&found.name),
                    names.join(", "),
                    changed.project.version
                ));
            }
            Ok(())
        }
        Command::Delete { project } => {
            let found = store.find_project(project)?;
            store.delete_project(found.id, found.version)?;
            message(&format!(
                "deleted #{} {} (restore it with `ortaq restore {}`)",
                found.id,
                text::for_terminal(&found.name),
                found.id
            ));
            Ok(())
        }
        Command::Restore { id } => {
            let found = store.project(*id)?;
            store.restore_project(found.id, found.version)?;
            message(&format!("restored #{} {}", found.id, text::for_terminal(&found.name)));
            Ok(())
        }
        Command::Undo => {
            let reverted = store.undo()?;
            message(&format!("undone: {}", text::for_terminal(&reverted.summary)));
            Ok(())
        }
        Command::Redo => {
            let reverted = store.redo()?;
            message(&format!("redone: {}", text::for_terminal(&reverted.summary)));
            Ok(())
        }
        Command::Note {
            project,
            text: note,
            date,
            source,
        } => {
            let found = store.find_project(project)?;
            let date = PartialDate::parse(date, today()).map_err(|e| anyhow::anyhow!("date: {e}"))?;
            let source = source.as_deref().map(|s| records::source_id(&store, s)).transpose()?;
            let update = NewUpdate::new(date, note, source)?;
            store.add_update(found.id, &update)?;
            message(&format!(
                "added an update of {date} to #{} {}",
                found.id,
                text::for_terminal(&found.name)
            ));
            Ok(())
        }
        Command::History { project, format } => {
            let found = find_any(&store, project)?;
            let changes = store.history(found.id)?;
            match format {
                DataFormat::Json => emit(&detail::history_json(&changes)),
                DataFormat::Csv => emit(&detail::history_csv(&changes)),
                DataFormat::Text => emit(&detail::render_history(&found, &changes)),
            }
        }
        Command::Summary(args) => summarize(&store, args),
        Command::Export { format, output, force } => export(&store, *format, output.as_deref(), *force),
        Command::Import {
            file,
            format,
            allow_duplicates,
        } => {
            message(&files::import(&mut store, file, *format, *allow_duplicates, today())?);
            Ok(())
        }
        Command::Backup { path } => {
            store.backup(path)?;
            message(&format!("backed up {} to {}", store.path().display(), path.display()));
            Ok(())
        }
        Command::Check { repair } => check(&mut store, *repair),
        Command::Source(command) => sources(&mut store, command),
        Command::Indicator(command) => indicators(&mut store, command),
        Command::Access(command) => super::access::run(&mut store, command, None),
        Command::Completions { .. } | Command::Manpage | Command::Serve { .. } => Ok(()),
    }
}

/// Writes fields. With `--if-version` a newer version is a conflict; without, the
/// command means "set it now", so a change that lands between reading the project and
/// writing it is not a reason to refuse: the edit is retried on the newer version.
fn set_fields(
    store: &mut Store,
    id: i64,
    read_version: i64,
    if_version: Option<i64>,
    values: Vec<(crate::domain::Field, crate::domain::FieldValue)>,
) -> Result<crate::store::Changed> {
    let mut version = if_version.unwrap_or(read_version);
    for _ in 0..5 {
        match store.edit_project(id, version, values.clone()) {
            Err(crate::store::StoreError::Conflict { current_version, .. }) if if_version.is_none() => {
                version = current_version;
            }
            other => return Ok(other?),
        }
    }
    Ok(store.edit_project(id, version, values)?)
}

/// A live project by reference, or a deleted one by id (history still shows).
fn find_any(store: &Store, reference: &str) -> Result<crate::domain::Project> {
    match reference::parse_id(reference) {
        Some(id) => Ok(store.project(id)?),
        None => Ok(store.find_project(reference)?),
    }
}

fn list_projects(store: &Store, args: &ListArgs) -> Result<()> {
    let mut query = records::query(store, &args.filters)?;
    query.search = args.search.clone().unwrap_or_default();
    query.sort = SortKey::parse(&args.sort).with_context(|| {
        let keys: Vec<&str> = SortKey::ALL.iter().map(|k| k.name()).collect();
        format!("cannot sort by {:?}; sort by one of {}", args.sort, keys.join(", "))
    })?;
    if args.reverse {
        query.direction = SortDirection::Descending;
    }
    let projects = store.projects(&query)?;
    let format = match args.format {
        DataFormat::Text => Format::Text,
        DataFormat::Csv => Format::Csv,
        DataFormat::Json => Format::Json,
    };
    let width = list::text_width(std::io::stdout().is_terminal(), terminal_width());
    emit(&list::render(&projects, &store.sources()?, format, width))
}

/// The terminal's width: `COLUMNS` when set (as `ls` reads it), else the terminal's own.
fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse().ok())
        .or_else(|| ratatui::crossterm::terminal::size().ok().map(|(width, _)| width))
}

fn show(store: &Store, reference: &str, format: DataFormat) -> Result<()> {
    let project = store.find_project(reference)?;
    let updates = store.updates(project.id)?;
    let sources = store.sources()?;
    match format {
        DataFormat::Text => emit(&detail::render_text(&project, &updates, &sources)),
        DataFormat::Json => emit(&exchange::to_json(std::slice::from_ref(&project), &sources)),
        DataFormat::Csv => emit(&exchange::to_csv(std::slice::from_ref(&project), &sources)),
    }
}

fn summarize(store: &Store, args: &SummaryArgs) -> Result<()> {
    let charset = if args.ascii || !utf8_terminal() {
        Charset::Ascii
    } else {
        Charset::Unicode
    };
    let format = match args.format {
        SummaryFormat::Text => Format::Text,
        SummaryFormat::Markdown => Format::Markdown,
        SummaryFormat::Csv => Format::Csv,
        SummaryFormat::Json => Format::Json,
    };
    if args.trend {
        let filters = &args.filters;
        if !(filters.status.is_empty() && filters.country.is_empty() && filters.sector.is_empty()) {
            bail!(
                "--trend shows the figures officials reported for the whole portfolio, which --status, \
                 --country and --sector cannot narrow; leave them out, or drop --trend to sum the projects shown"
            );
        }
        let points = report::summary::trend(&store.indicators()?);
        return emit(&report::summary::render_trend(&points, format, charset));
    }
    let mut by = Vec::new();
    for name in &args.by {
        let dimension = Dimension::parse(name)
            .with_context(|| format!("cannot group by {name:?}; use status, country or sector"))?;
        if by.contains(&dimension) {
            bail!("--by names {name} twice");
        }
        by.push(dimension);
    }
    if by.len() > 2 {
        bail!("--by takes at most two of status, country and sector");
    }
    let as_of = args
        .as_of
        .as_deref()
        .map(|d| PartialDate::parse(d, today()).map_err(|e| anyhow::anyhow!("--as-of: {e}")))
        .transpose()?;
    let query = records::query(store, &args.filters)?;
    let summary = Summary::build(store, &query, &by, as_of)?;
    emit(&summary.render(format, charset))
}

fn export(store: &Store, format: ExchangeFormat, output: Option<&Path>, force: bool) -> Result<()> {
    let (data, count) = files::export_data(store, format)?;
    match output {
        None => emit(&data),
        Some(path) => {
            files::write_export(path, data.as_bytes(), force, store.path())?;
            message(&format!("exported {count} projects to {}", path.display()));
            Ok(())
        }
    }
}

fn check(store: &mut Store, repair: bool) -> Result<()> {
    // Before the checks, whose search-index probe is a write that may checkpoint.
    let journal = store.journal_health()?;
    let mut report = store.check()?;
    if repair && matches!(report.search_index, SearchIndex::OutOfStep(_)) {
        store.rebuild_search_index()?;
        message("rebuilt the search index from the projects");
        report = store.check()?;
    }
    let mut out = format!(
        "schema version {}\n{} projects ({} deleted), {} updates, {} audit rows\nintegrity: {}\n",
        report.schema_version,
        report.projects,
        report.deleted_projects,
        report.updates,
        report.changes,
        report.integrity.join("; ")
    );
    out.push_str(&match &report.search_index {
        SearchIndex::Ok => "search index: ok\n".to_string(),
        SearchIndex::NotChecked => "search index: not checked (the database is open read-only)\n".to_string(),
        SearchIndex::OutOfStep(problem) => format!(
            "search index: out of step with the projects ({problem}); searches may miss projects \
             until `ortaq check --repair` rebuilds it\n"
        ),
    });
    for value in &report.unreadable {
        out.push_str(&if value.table == "indicators" {
            format!(
                "unreadable value: reported figure #{} value = {} (not one ortaq writes; left out of the summary and the trend)\n",
                value.project,
                text::for_terminal(&value.value),
            )
        } else {
            format!(
                "unreadable value: project #{} {} = {} (not one ortaq writes; shown as unknown and left out of sums: set it again with `ortaq set {} {}=…`)\n",
                value.project,
                value.field,
                text::for_terminal(&value.value),
                value.project,
                value.field
            )
        });
    }
    for (table, rowid, parent) in &report.foreign_keys {
        out.push_str(&format!(
            "foreign key: {table} row {rowid} points to a missing {parent}\n"
        ));
    }
    out.push_str(&super::replication::journal_report(&journal));
    emit(&out)?;
    if !report.is_ok() {
        bail!("{}: the database has problems (see above)", store.path().display());
    }
    Ok(())
}

fn sources(store: &mut Store, command: &SourceCommand) -> Result<()> {
    match command {
        SourceCommand::List => {
            let mut out = String::new();
            for source in store.sources()? {
                let published = source.published.as_deref().unwrap_or(report::UNKNOWN);
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
                .map(|d| PartialDate::parse(d, today()).map_err(|e| anyhow::anyhow!("--published: {e}")))
                .transpose()?;
            let new = NewSource::new(publisher, title, url.as_deref(), published, note.as_deref())?;
            let source = store.add_source(&new)?;
            message(&format!("added source #{}", source.id));
            emit(&format!("{}\n", source.id))
        }
    }
}

fn indicators(store: &mut Store, command: &IndicatorCommand) -> Result<()> {
    match command {
        IndicatorCommand::List => {
            let mut out = String::new();
            for i in store.indicators()? {
                let value = match i.metric {
                    Metric::Investment => Money::from_dollars(i.value).map(Money::full).unwrap_or_default(),
                    _ => group_thousands(i.value),
                };
                out.push_str(&format!(
                    "#{} {} {}: {} {}{} (source #{}){}\n",
                    i.id,
                    i.as_of,
                    text::for_terminal(&i.scope),
                    i.metric.as_str(),
                    if i.over { "over " } else { "" },
                    value,
                    i.source_id,
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
            over,
            source,
            note,
        } => {
            let as_of = PartialDate::parse(as_of, today()).map_err(|e| anyhow::anyhow!("--as-of: {e}"))?;
            let metric = Metric::parse(metric)?;
            let value = match metric {
                Metric::Investment => Money::parse(value)?.dollars(),
                _ => parse_count(value)?,
            };
            let source = records::source_id(store, source)?;
            let new = NewIndicator::new(as_of, scope, metric, value, *over, source, note.as_deref())?;
            let added = store.add_indicator(&new)?;
            message(&format!("recorded figure #{}", added.id));
            Ok(())
        }
    }
}

/// Writes data to standard output; a closed pipe (`| head`) is not an error. On a
/// terminal every format (CSV and JSON too) is made safe to show: stored escape
/// sequences are printed visibly, never sent; to a file or a pipe the data stays exact.
pub(super) fn emit(data: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    let data = if stdout.is_terminal() {
        text::for_terminal_multiline(data)
    } else {
        std::borrow::Cow::Borrowed(data)
    };
    match stdout.write_all(data.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}

/// A message for the person, on standard error.
fn message(text: &str) {
    eprintln!("{text}");
}

/// Whether standard output is a terminal that takes UTF-8 (box-drawing is safe).
fn utf8_terminal() -> bool {
    if !std::io::stdout().is_terminal() {
        return false;
    }
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .is_some_and(|locale| {
            let locale = locale.to_lowercase();
            locale.contains("utf-8") || locale.contains("utf8")
        })
}
