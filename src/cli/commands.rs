//! The non-interactive commands: data to standard output, messages to standard error.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::{Local, NaiveDate};

use super::output::{emit, emit_binary, message, refused};
use super::{Cli, Command, ExportFormat, ListArgs, SummaryArgs};
use super::{files, listings, records};
use crate::domain::{EdtfDate, reference, text};
use crate::exchange;
use crate::i18n::format;
use crate::report::{self, Charset, Format, detail, list, summary::Summary};
use crate::store::{Dimension, ImportRights, NewDatedNote, OpenOptions, SortDirection, SortKey, Store};
use crate::tr;

/// Where the database is: `--db`, `ORTAQ_DB`, or the user's data directory.
pub fn database_path(cli: &Cli) -> Result<PathBuf> {
    if let Some(path) = &cli.db {
        return Ok(path.clone());
    }
    let dirs = directories::ProjectDirs::from("", "", "ortaq").with_context(|| tr!("cli-no-data-directory"))?;
    Ok(dirs.data_dir().join("ortaq.db"))
}

pub fn open_store(cli: &Cli) -> Result<Store> {
    let path = database_path(cli)?;
    let options = OpenOptions {
        seed: !cli.empty,
        read_only: cli.read_only,
    };
    let mut store = Store::open_with(&path, &options)?;
    // A search matches what the screen shows (a Russian place, sector or country) too.
    store.set_search_labels(crate::i18n::search_also);
    if store.was_created() {
        // A mistyped --db path creates a database too: say so, and where.
        let path = std::path::absolute(&path).unwrap_or(path);
        let path = text::for_terminal(&path.display().to_string()).into_owned();
        message(&if cli.empty {
            tr!("cli-created-database-empty", path = path)
        } else {
            tr!("cli-created-database-seeded", path = path)
        });
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
    if let Command::Serve {
        name,
        authorized_keys,
        key,
    } = command
    {
        return super::access::serve(cli, name, key.as_deref(), authorized_keys.as_deref(), run_on);
    }
    run_on(open_store(cli)?, command)
}

/// Runs one command on an open database (the SSH entry opens it for the person).
fn run_on(mut store: Store, command: &Command) -> Result<()> {
    match command {
        Command::List(args) => list_projects(&store, args),
        Command::Show { project, format } => show(&store, project, *format),
        Command::Add(args) => add(&mut store, args),
        Command::Set {
            project,
            assignments,
            if_version,
            source,
        } => set(&mut store, project, assignments, *if_version, source.as_deref()),
        Command::Delete { project } => delete(&mut store, project),
        Command::Restore { id } => restore(&mut store, *id),
        Command::Undo { skip: true } => {
            let skipped = store.skip_undo()?;
            message(&tr!(
                "cli-skipped",
                change = text::for_terminal(&crate::i18n::error::next_undo(&skipped.change)),
                why = crate::i18n::error::store_error(&skipped.why)
            ));
            Ok(())
        }
        // Undo takes back a person's last change to a project, a meeting or an agreement.
        Command::Undo { skip: false } => {
            let undone = store.undo_last().map_err(|error| undo_stuck(&mut store, error))?;
            message(&super::meetings::say_undone(&undone, true));
            Ok(())
        }
        Command::Redo => {
            message(&super::meetings::say_undone(&store.redo_last()?, false));
            Ok(())
        }
        Command::Note {
            project,
            text: note,
            date,
            source,
        } => add_note(&mut store, project, note, date, source.as_deref()),
        Command::History { project, format } => history(&store, project, *format),
        Command::Summary(args) => summarize(&store, args),
        Command::Digest(args) => super::digest::run(&store, args),
        Command::Export { format, output, force } => export(&store, *format, output.as_deref(), *force),
        Command::Import(args) => {
            let options = crate::exchange::ReadOptions {
                sheet: args.sheet.clone(),
                unit: args.unit.map(super::MoneyUnit::scale),
                update: args.update,
            };
            if args.update {
                return super::update::run(&mut store, args, today(), &options);
            }
            message(&files::import(
                &mut store,
                &args.file,
                args.format,
                args.allow_duplicates,
                ImportRights::ALL,
                today(),
                &options,
            )?);
            Ok(())
        }
        Command::Backup { path } if path.as_os_str() == "-" => backup_to_stdout(&store),
        Command::Backup { path } => backup(&store, path),
        Command::Check { repair } => listings::check(&mut store, *repair),
        Command::Source(command) => listings::sources(&mut store, command, today()),
        Command::Indicator(command) => listings::indicators(&mut store, command, today()),
        Command::Access(command) => super::access::run(&mut store, command, None),
        Command::Agenda(args) => super::agenda::run(&store, args),
        Command::Meeting(command) => super::meetings::meeting(&mut store, command),
        Command::Agreement(command) => super::agreements::agreement(&mut store, command),
        // Over SSH they reach here: the text is printed as it is locally.
        Command::Completions { .. } | Command::Manpage => match super::install::generated(command) {
            Some(text) => emit(&text?),
            None => Ok(()),
        },
        // The entry runs only from authorized_keys, never inside a session.
        Command::Serve { .. } => Ok(()),
    }
}

/// `add`: the new project's id on standard output, and a word if another is named so.
fn add(store: &mut Store, args: &super::AddArgs) -> Result<()> {
    let new = records::new_project(store, args, today())?;
    let same_name = same_name_as(store, new.name())?;
    let project = store.add_project(&new)?;
    message(&tr!(
        "cli-added",
        id = project.id.to_string(),
        name = text::for_terminal(crate::i18n::project_name(&project))
    ));
    if let Some(other) = same_name {
        message(&tr!(
            "cli-added-same-name",
            id = other.id.to_string(),
            name = text::for_terminal(crate::i18n::project_name(&other))
        ));
    }
    emit(&format!("{}\n", project.id))
}

/// `set`: writes the fields and says which changed, and which figures lost their source.
fn set(
    store: &mut Store,
    project: &str,
    assignments: &[String],
    if_version: Option<i64>,
    source: Option<&str>,
) -> Result<()> {
    let found = store.find_project(project)?;
    let values = records::assignments(store, assignments, today())?;
    let source = source.map(|s| records::source_id(store, s)).transpose()?;
    let values = records::with_figure_source(values, source)?;
    let changed = set_fields(store, found.id, found.version, if_version, values.clone())?;
    let cleared = records::sources_cleared(&values, &changed);
    let field_names = |fields: &[crate::domain::Field]| -> Vec<String> {
        fields
            .iter()
            .map(|f| crate::i18n::error::field_name(crate::i18n::language(), *f))
            .collect()
    };
    if changed.fields.is_empty() {
        message(&tr!("cli-set-unchanged", id = found.id.to_string()));
    } else {
        // Each field with the value now stored, as read (a date in words, a source by
        // its title): what was typed is checked against what was kept.
        let sources = store.sources()?;
        let stored: Vec<String> = changed
            .fields
            .iter()
            .map(|field| {
                let value = crate::i18n::values::field_value(&sources, &changed.project, *field);
                let value = if value.is_empty() {
                    report::UNKNOWN.to_string()
                } else {
                    value
                };
                format!("{} = {}", field_names(&[*field]).concat(), text::for_terminal(&value))
            })
            .collect();
        message(&tr!(
            "cli-set",
            id = found.id.to_string(),
            // As the language spoken names it, after the change (a Russian screen read
            // the English name of a project that has a Russian one).
            name = text::for_terminal(crate::i18n::project_name(&changed.project)),
            fields = stored.join("; "),
            count = stored.len(),
            version = changed.project.version.to_string()
        ));
    }
    if !cleared.is_empty() {
        message(&tr!(
            "cli-set-source-cleared",
            fields = field_names(&cleared).join(", ")
        ));
    }
    Ok(())
}

fn delete(store: &mut Store, project: &str) -> Result<()> {
    let found = store.find_project(project)?;
    store.delete_project(found.id, found.version)?;
    message(&tr!(
        "cli-deleted",
        id = found.id.to_string(),
        name = text::for_terminal(crate::i18n::project_name(&found))
    ));
    Ok(())
}

fn restore(store: &mut Store, id: i64) -> Result<()> {
    let found = store.project(id)?;
    store.restore_project(found.id, found.version)?;
    message(&tr!(
        "cli-restored",
        id = found.id.to_string(),
        name = text::for_terminal(crate::i18n::project_name(&found))
    ));
    Ok(())
}

/// `note`: a dated update on a project.
fn add_note(store: &mut Store, project: &str, note: &str, date: &str, source: Option<&str>) -> Result<()> {
    let found = store.find_project(project)?;
    let date = EdtfDate::parse(date, today()).map_err(|e| refused("--date", &e))?;
    let source = source.map(|s| records::source_id(store, s)).transpose()?;
    let update = NewDatedNote::new(date.clone(), note, source)?;
    store.add_update(found.id, &update)?;
    let source = match source {
        Some(id) => crate::i18n::values::source_name(&store.sources()?, id),
        None => report::UNKNOWN.to_string(),
    };
    message(&tr!(
        "cli-noted",
        date = format::date(&date),
        id = found.id.to_string(),
        name = text::for_terminal(crate::i18n::project_name(&found)),
        source = text::for_terminal(&source)
    ));
    Ok(())
}

fn history(store: &Store, project: &str, format: Format) -> Result<()> {
    let found = find_any(store, project)?;
    let changes = store.history(found.id)?;
    match format {
        Format::Json => emit(&detail::history_json(&changes)),
        Format::Csv => emit(&detail::history_csv(&changes)),
        _ => emit(&detail::render_history(&found, &changes)),
    }
}

fn backup(store: &Store, path: &Path) -> Result<()> {
    let created = files::create_folder_for(path)?;
    say_folder_created(created.as_deref());
    store.backup(path)?;
    message(&tr!(
        "cli-backed-up",
        database = store.path().display().to_string(),
        file = path.display().to_string()
    ));
    Ok(())
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
        tr!("cli-bad-sort", key = format!("{:?}", args.sort), keys = keys.join(", "))
    })?;
    if args.reverse {
        query.direction = SortDirection::Descending;
    }
    let mut projects = store.projects(&query)?;
    // People read the names in their language; data stays in the store's order.
    if query.sort == SortKey::Name && args.to.format.audience() == report::document::Audience::People {
        list::sort_by_shown_name(&mut projects, query.direction);
    }
    let sources = store.sources()?;
    let format = args.to.format;
    if format.is_page() {
        let document = report::list_document::build(&projects, &sources);
        let output = args.to.output.as_deref();
        return super::digest::write(&document, format, output, args.to.force, store.path());
    }
    let width = list::text_width(
        std::io::stdout().is_terminal() && args.to.output.is_none(),
        terminal_width(),
    );
    let text = list::render(&projects, &sources, format, width);
    match &args.to.output {
        None => emit(&text),
        Some(path) => {
            files::write_export(path, text.as_bytes(), args.to.force, store.path())?;
            message(&tr!("report-written", file = path.display().to_string()));
            Ok(())
        }
    }
}

/// The terminal's width: `COLUMNS` when set (as `ls` reads it), else the terminal's own.
fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse().ok())
        .or_else(|| ratatui::crossterm::terminal::size().ok().map(|(width, _)| width))
}

fn show(store: &Store, reference: &str, format: Format) -> Result<()> {
    let project = store.find_project(reference)?;
    let updates = store.updates(project.id)?;
    let sources = store.sources()?;
    match format {
        Format::Json => emit(&exchange::to_json(std::slice::from_ref(&project), &sources)),
        Format::Csv => emit(&exchange::to_csv(std::slice::from_ref(&project), &sources)),
        _ => {
            let agreements = super::agreements::project_agreements(store, project.id)?;
            emit(&(detail::render_text(&project, &updates, &sources) + &agreements))
        }
    }
}

fn summarize(store: &Store, args: &SummaryArgs) -> Result<()> {
    let charset = if args.ascii || !utf8_terminal() {
        Charset::Ascii
    } else {
        Charset::Unicode
    };
    let format = args.to.format;
    if args.trend {
        let filters = &args.filters;
        if !(filters.status.is_empty() && filters.country.is_empty() && filters.sector.is_empty()) {
            bail!(tr!("cli-trend-with-filters"));
        }
        let sources = store.sources()?;
        let points = report::trend::trend(&store.indicators()?, &sources);
        if format.is_page() {
            let document = report::summary_document::trend(&points, &sources);
            let output = args.to.output.as_deref();
            return super::digest::write(&document, format, output, args.to.force, store.path());
        }
        let text = ascii_if_asked(report::trend::render_trend(&points, format, charset), args);
        return summary_out(store, &text, args);
    }
    let mut by = Vec::new();
    for name in &args.by {
        let dimension = Dimension::parse(name).with_context(|| tr!("cli-bad-group", name = format!("{name:?}")))?;
        if by.contains(&dimension) {
            bail!(tr!("cli-group-twice", name = name.as_str()));
        }
        by.push(dimension);
    }
    if by.len() > 2 {
        bail!(tr!("cli-group-too-many"));
    }
    let as_of = args
        .as_of
        .as_deref()
        .map(|d| EdtfDate::parse(d, today()).map_err(|e| refused("--as-of", &e)))
        .transpose()?;
    let query = records::query(store, &args.filters)?;
    let summary = Summary::build(store, &query, &by, as_of)?;
    if format.is_page() {
        let document = report::summary_document::build(&summary, &store.sources()?);
        let output = args.to.output.as_deref();
        return super::digest::write(&document, format, output, args.to.force, store.path());
    }
    let text = ascii_if_asked(summary.render(format, charset), args);
    summary_out(store, &text, args)
}

/// The summary's text to standard output, or to the file `-o` names.
fn summary_out(store: &Store, text: &str, args: &SummaryArgs) -> Result<()> {
    match &args.to.output {
        None => emit(text),
        Some(path) => {
            files::write_export(path, text.as_bytes(), args.to.force, store.path())?;
            message(&tr!("report-written", file = path.display().to_string()));
            Ok(())
        }
    }
}

fn export(store: &Store, format: ExportFormat, output: Option<&Path>, force: bool) -> Result<()> {
    let (data, count, left_out) = files::export_data(store, format)?;
    // A map that leaves projects out says which, never silently.
    if let Some(left) = left_out {
        if left.unlocated > 0 {
            message(&tr!("cli-export-geojson-unlocated", count = left.unlocated));
        }
        if !left.half_located.is_empty() {
            let ids: Vec<String> = left.half_located.iter().map(|id| format!("#{id}")).collect();
            message(&tr!(
                "cli-export-geojson-half-located",
                count = left.half_located.len(),
                ids = ids.join(", ")
            ));
        }
    }
    // Values another tool wrote against the schema leave as empty: say so, never silently.
    let unreadable = store.unreadable_values()?.len();
    if unreadable > 0 {
        message(&tr!("cli-export-unreadable", count = unreadable));
    }
    match output {
        None if format == ExportFormat::Xlsx => emit_binary(&data, "xlsx"),
        None => emit(&String::from_utf8_lossy(&data)),
        Some(path) => {
            let created = files::write_export(path, &data, force, store.path())?;
            say_folder_created(created.as_deref());
            message(&tr!("cli-exported", count = count, file = path.display().to_string()));
            Ok(())
        }
    }
}

/// `backup -`: the copy goes to standard output (over SSH, the only backup there is: no
/// one names a file on the server). It is made in a private temporary folder, removed after.
fn backup_to_stdout(store: &Store) -> Result<()> {
    let folder = tempfile::Builder::new()
        .prefix("ortaq-backup-")
        .tempdir()
        .with_context(|| tr!("cli-backup-temporary"))?;
    let copy = folder.path().join("copy.db");
    store.backup(&copy)?;
    let mut file = std::fs::File::open(&copy).with_context(|| tr!("cli-backup-temporary"))?;
    let mut stdout = std::io::stdout().lock();
    if stdout.is_terminal() {
        bail!(tr!("cli-backup-to-terminal"));
    }
    match std::io::copy(&mut file, &mut stdout).and_then(|_| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map(|_| ()).with_context(|| tr!("cli-stdout-failed")),
    }
}

/// With `--ascii`, every text format (Markdown too) uses ASCII marks only; CSV and JSON
/// are data and stay exact.
fn ascii_if_asked(out: String, args: &SummaryArgs) -> String {
    match args.to.format {
        Format::Text | Format::Markdown if args.ascii => report::ascii_marks(&out),
        _ => out,
    }
}

/// Says that a missing folder was made for a new file, as for a new database.
fn say_folder_created(folder: Option<&Path>) {
    if let Some(folder) = folder {
        message(&tr!(
            "cli-folder-created",
            folder = text::for_terminal(&folder.display().to_string())
        ));
    }
}

/// Whether standard output is a terminal that takes UTF-8 (box-drawing is safe).
fn utf8_terminal() -> bool {
    if !std::io::stdout().is_terminal() {
        return false;
    }
    crate::i18n::utf8_locale()
}

/// A live project whose name reads the same as `name` (case, spaces and Unicode form
/// aside), as import refuses: a person adding one by hand is told, not stopped.
fn same_name_as(store: &Store, name: &str) -> Result<Option<crate::domain::Project>> {
    let key = text::name_key(name);
    let query = crate::store::ProjectQuery {
        search: key
            .split_whitespace()
            .max_by_key(|w| w.chars().count())
            .unwrap_or_default()
            .to_string(),
        ..Default::default()
    };
    Ok(store
        .project_window(&query, 0, 200)?
        .into_iter()
        .find(|p| text::name_key(&p.name) == key))
}

/// An undo refused because someone changed the project since names the change it is
/// stuck on and how to step past it; any other error is left as it is.
fn undo_stuck(store: &mut Store, error: crate::store::StoreError) -> anyhow::Error {
    if !error.is_undo_stuck() {
        return error.into();
    }
    let change = match store.next_to_undo() {
        Ok(Some(change)) => crate::i18n::error::next_undo(&change),
        _ => return error.into(),
    };
    anyhow::anyhow!(tr!(
        "cli-undo-stuck",
        why = crate::i18n::error::store_error(&error),
        change = text::for_terminal(&change)
    ))
}
