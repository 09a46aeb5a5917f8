//! `export` and `import`: the whole portfolio to a file that is never half-written and
//! never lands on a database, and files from ministries read back in one transaction.

use std::cell::Cell;
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

use super::{ExchangeFormat, ExportFormat};
use crate::domain::text;
use crate::exchange;
use crate::exchange::{ImportLimits, ImportProblem, Issue, Place, ReadOptions};
use crate::report::{export_document, geojson, xlsx};
use crate::store::{ImportOutcome, ImportRights, NewIndicator, Source, SourceKey, Store};
use crate::tr;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The export in the chosen format: JSON is the whole portfolio, CSV the projects,
/// xlsx the projects and the sources.
/// For GeoJSON, the projects it leaves out come back too.
pub fn export_data(store: &Store, format: ExportFormat) -> Result<(Vec<u8>, usize, Option<geojson::LeftOut>)> {
    let portfolio = store.portfolio()?;
    let count = portfolio.projects.len();
    let data = match format {
        ExportFormat::Json => exchange::to_document(&portfolio).into_bytes(),
        ExportFormat::Geojson => {
            let (text, located) = geojson::to_feature_collection(&portfolio);
            return Ok((text.into_bytes(), located, Some(geojson::left_out(&portfolio))));
        }
        ExportFormat::Csv => {
            let projects: Vec<_> = portfolio.projects.into_iter().map(|(p, _)| p).collect();
            exchange::to_csv(&projects, &portfolio.sources).into_bytes()
        }
        ExportFormat::Xlsx => {
            let projects: Vec<_> = portfolio.projects.into_iter().map(|(p, _)| p).collect();
            let document = export_document::build(&projects, &portfolio.sources);
            xlsx::render(&document).map_err(|e| anyhow::anyhow!("xlsx: {e}"))?
        }
    };
    Ok((data, count, None))
}

/// Writes an export to `path`: never over the open database or any SQLite file, over
/// another existing file only with `force`, and atomically (a temporary file beside it,
/// renamed into place), readable by others but never world-writable.
pub fn write_export(path: &Path, data: &[u8], force: bool, database: &Path) -> Result<Option<PathBuf>> {
    let file = path.display().to_string();
    refuse_to_replace(path, force, database)?;
    let created = create_folder_for(path)?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let not_written = || tr!("cli-export-not-written", file = file.as_str());
    let mut temp = tempfile::Builder::new()
        .prefix(".ortaq-export-")
        .permissions(std::fs::Permissions::from_mode(crate::store::copy_mode(database)))
        .tempfile_in(dir)
        .with_context(|| {
            tr!(
                "cli-export-no-temp",
                file = file.as_str(),
                folder = dir.display().to_string()
            )
        })?;
    temp.write_all(data)
        .and_then(|()| temp.as_file().sync_all())
        .with_context(not_written)?;
    let persisted = if force {
        temp.persist(path).map(drop)
    } else {
        temp.persist_noclobber(path).map(drop)
    };
    persisted.map_err(|e| match e.error.kind() {
        std::io::ErrorKind::AlreadyExists => anyhow::anyhow!(tr!("cli-export-appeared", file = file.as_str())),
        _ => anyhow::Error::new(e.error).context(not_written()),
    })?;
    Ok(created)
}

/// Refuses an export over the open database, a folder, any SQLite file or the journal
/// beside one, and over any other existing file without `force`.
fn refuse_to_replace(path: &Path, force: bool, database: &Path) -> Result<()> {
    let file = path.display().to_string();
    if is_database(path, database) {
        bail!(tr!("cli-export-over-open-database", file = file));
    }
    if path.is_dir() {
        bail!(tr!("cli-export-over-folder", file = file));
    }
    if is_sqlite(path) {
        bail!(tr!("cli-export-over-sqlite", file = file));
    }
    if sqlite_companion(path) {
        bail!(tr!("cli-export-over-journal", file = file));
    }
    if path.exists() && !force {
        bail!(tr!("cli-export-exists", file = file));
    }
    Ok(())
}

/// Whether `path` is the `-wal`, `-shm` or `-journal` beside an SQLite file: SQLite
/// reads it as part of that database, so an export written there corrupts it.
fn sqlite_companion(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    ["-wal", "-shm", "-journal"].iter().any(|suffix| {
        name.strip_suffix(suffix)
            .filter(|database| !database.is_empty())
            .is_some_and(|database| is_sqlite(&path.with_file_name(database)))
    })
}

/// Creates the folder a new file goes in when it is missing, and returns it, so the
/// person is told (a mistyped path makes folders too).
pub fn create_folder_for(path: &Path) -> Result<Option<PathBuf>> {
    let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) else {
        return Ok(None);
    };
    if dir.exists() {
        return Ok(None);
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o775)
        .create(dir)
        .with_context(|| tr!("cli-folder-not-created", folder = dir.display().to_string()))?;
    Ok(Some(std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf())))
}

/// Whether `path` is the open database or one of its WAL companions (by inode, so a
/// symbolic link or another spelling of the path is caught too).
fn is_database(path: &Path, database: &Path) -> bool {
    let Ok(target) = std::fs::metadata(path) else {
        return false;
    };
    let companion = |suffix: &str| {
        let mut name = database.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [database.to_path_buf(), companion("-wal"), companion("-shm")]
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .any(|m| m.dev() == target.dev() && m.ino() == target.ino())
}

fn is_sqlite(path: &Path) -> bool {
    let mut header = [0_u8; 16];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut header))
        .is_ok_and(|()| &header == SQLITE_HEADER)
}

/// Reads a file and adds what it holds, all or nothing; says what was done. `rights`
/// are what the person may add besides projects (reported figures, new sources): a
/// file bringing more is refused whole, naming what it brings.
pub fn import(
    store: &mut Store,
    path: &Path,
    format: Option<ExchangeFormat>,
    allow_duplicates: bool,
    rights: ImportRights,
    today: NaiveDate,
    options: &ReadOptions,
) -> Result<String> {
    let file = path.display().to_string();
    let limits = ImportLimits::DEFAULT;
    let bytes = read_import(path, &file, limits.bytes)?;
    let format = format.unwrap_or_else(|| guess_format(path, &bytes));
    let sources = store.sources()?;
    // A CSV file names its sources but does not carry them: when one is missing here,
    // the person is pointed to the JSON export, which does.
    let source_missing = Cell::new(false);
    let resolve =
        |reference: &str| resolve_source(store, &sources, reference).inspect_err(|_| source_missing.set(true));
    let parsed = match format {
        ExchangeFormat::Json => exchange::parse_json_within(&bytes, &resolve, today, &limits),
        ExchangeFormat::Csv => exchange::parse_csv_with(&bytes, &resolve, today, &limits, options),
        ExchangeFormat::Xlsx => exchange::parse_workbook_with(&bytes, &resolve, today, &limits, options),
    };
    let parsed = parsed.map_err(|problems| unreadable(&file, &bytes, &problems, format, source_missing.get()))?;
    for note in &parsed.notes {
        eprintln!("{file}: {}", crate::i18n::error::import_problem(note));
    }
    let how = how_read(&parsed);
    // A sector named by its label in either language is stored as its code, and a seed
    // place typed in Russian as the place stored, as `set` and `import --update` do: an
    // unchanged file read back is then no correction.
    let mut document = parsed.document;
    for project in &mut document.projects {
        for (field, value) in &mut project.project.values {
            *value = crate::i18n::as_stored(*field, std::mem::replace(value, crate::domain::FieldValue::Null));
        }
    }
    let outcome = store.import_document(&document, allow_duplicates, rights)?;
    imported(outcome, &file, &how)
}

/// How a file was read, for the message: its encoding and delimiter, or its kind and
/// the sheet read.
pub(super) fn how_read(parsed: &exchange::Parsed) -> String {
    match (parsed.delimiter, &parsed.sheet) {
        (Some(delimiter), _) => tr!(
            "cli-import-read-as-delimited",
            encoding = parsed.encoding,
            delimiter = format!("{delimiter:?}")
        ),
        (None, Some((position, name))) => tr!(
            "cli-import-read-sheet",
            kind = parsed.encoding,
            position = position.to_string(),
            sheet = crate::i18n::error::quoted(crate::i18n::language(), name)
        ),
        (None, None) => parsed.encoding.to_string(),
    }
}

/// The bytes of the file (`-` is standard input: how a person served over SSH sends a
/// file), never more than `limit` read, from a pipe or a file.
pub(super) fn read_import(path: &Path, file: &str, limit: u64) -> Result<Vec<u8>> {
    let bytes = if path.as_os_str() == "-" {
        exchange::read_within(std::io::stdin().lock(), limit)
    } else {
        std::fs::File::open(path).and_then(|opened| exchange::read_within(opened, limit))
    }
    .with_context(|| tr!("cli-import-unreadable", file = file))?;
    let Some(bytes) = bytes else {
        let problem = ImportProblem {
            place: Place::File,
            issue: Issue::TooLarge { limit },
        };
        bail!("{file}: {}", crate::i18n::error::import_problem(&problem));
    };
    Ok(bytes)
}

/// A file that could not be read as a portfolio: each problem on standard error, and a
/// refusal that points a CSV or workbook lacking a source to the JSON export.
pub(super) fn unreadable(
    file: &str,
    bytes: &[u8],
    problems: &[ImportProblem],
    format: ExchangeFormat,
    source_missing: bool,
) -> anyhow::Error {
    for problem in problems {
        eprintln!("{file}: {}", crate::i18n::error::import_problem(problem));
    }
    let mut refusal = tr!("cli-import-problems", count = problems.len(), file = file);
    if let Some(sheet) = sheet_refused(bytes, problems) {
        refusal.push_str(&sheet);
    }
    if format == ExchangeFormat::Csv && source_missing {
        refusal.push_str(&tr!("cli-import-csv-has-no-sources"));
    }
    if format == ExchangeFormat::Xlsx && source_missing {
        refusal.push_str(&tr!("cli-import-workbook-has-no-sources"));
    }
    anyhow::anyhow!(refusal)
}

/// What the import did, or why it wrote nothing.
fn imported(outcome: ImportOutcome, file: &str, how: &str) -> Result<String> {
    match outcome {
        ImportOutcome::Imported {
            sources_added,
            sources_reused,
            projects,
            updates,
            indicators,
        } => Ok(tr!(
            "cli-imported",
            projects = projects,
            updates = updates,
            figures = indicators,
            sources = sources_added,
            reused = sources_reused,
            file = file,
            how = how
        )),
        ImportOutcome::Duplicates(names) => {
            let shown: Vec<String> = names.iter().map(|n| format!("{:?}", text::for_terminal(n))).collect();
            bail!(tr!(
                "cli-import-duplicates",
                file = file,
                count = names.len(),
                names = shown.join(", ")
            ))
        }
        ImportOutcome::UnknownSource(key) => bail!(tr!(
            "cli-import-unknown-source",
            file = file,
            title = format!("{:?}", text::for_terminal(&key.title)),
            publisher = text::for_terminal(&key.publisher)
        )),
        ImportOutcome::NotAllowed { figures, sources } => bail!(not_allowed(file, &figures, &sources)),
    }
}

/// The sheet a workbook's refusal was read from, as the end of the refusal: its
/// problems name it by its place only.
fn sheet_refused(bytes: &[u8], problems: &[ImportProblem]) -> Option<String> {
    let position = problems.iter().find_map(|problem| match problem.place {
        Place::Cell { sheet, .. } => Some(sheet),
        _ => None,
    })?;
    let name = exchange::sheet_name(bytes, position)?;
    Some(tr!(
        "cli-import-refused-sheet",
        position = position.to_string(),
        sheet = crate::i18n::error::quoted(crate::i18n::language(), &name)
    ))
}

/// How many shown by name when a file brings what its importer may not add.
const SHOWN: usize = 3;

/// The refusal of a file bringing figures or sources its importer may not add: how
/// many of each, and the first few.
fn not_allowed(file: &str, figures: &[NewIndicator], sources: &[SourceKey]) -> String {
    let listed = |items: Vec<String>, count: usize| {
        let list = items.join(", ");
        if count > SHOWN {
            tr!("cli-import-and-more", list = list, more = count - SHOWN)
        } else {
            list
        }
    };
    let mut parts = Vec::new();
    if !figures.is_empty() {
        let shown = figures.iter().take(SHOWN).map(figure_in_file).collect();
        parts.push(tr!(
            "cli-import-not-allowed-figures",
            count = figures.len(),
            list = listed(shown, figures.len())
        ));
    }
    if !sources.is_empty() {
        let shown = sources
            .iter()
            .take(SHOWN)
            .map(|key| {
                format!(
                    "{:?} ({})",
                    text::for_terminal(&key.title),
                    text::for_terminal(&key.publisher)
                )
            })
            .collect();
        parts.push(tr!(
            "cli-import-not-allowed-sources",
            count = sources.len(),
            list = listed(shown, sources.len())
        ));
    }
    let what = match parts.as_slice() {
        [first, second] => tr!(
            "cli-import-not-allowed-and",
            first = first.as_str(),
            second = second.as_str()
        ),
        _ => parts.concat(),
    };
    tr!("cli-import-not-allowed", file = file, what = what)
}

/// A reported figure a file brings, as `indicator list` shows one: `2024-07-12
/// portfolio: investment $99,000,000,000`.
fn figure_in_file(figure: &NewIndicator) -> String {
    let value = if figure.metric.is_money() {
        crate::i18n::format::money_full(figure.value)
    } else {
        crate::i18n::format::count(figure.value)
    };
    format!(
        "{} {}: {} {}",
        crate::i18n::format::date(&figure.as_of),
        text::for_terminal(&crate::i18n::scope_label(&figure.scope)),
        crate::i18n::metric_word(figure.metric),
        crate::i18n::qualified(figure.qualifier, value),
    )
}

/// The format of a file given without `--format`: by its extension, and a workbook by
/// its first bytes too (a zip or an OLE file), as from standard input.
pub(super) fn guess_format(path: &Path, bytes: &[u8]) -> ExchangeFormat {
    const WORKBOOKS: [&str; 5] = ["xlsx", "xlsm", "xls", "ods", "xlsb"];
    let zip_or_ole = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xd0\xcf\x11\xe0");
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("json") => ExchangeFormat::Json,
        Some(ext) if WORKBOOKS.iter().any(|w| ext.eq_ignore_ascii_case(w)) => ExchangeFormat::Xlsx,
        _ if zip_or_ole => ExchangeFormat::Xlsx,
        _ => ExchangeFormat::Csv,
    }
}

/// A source named in a file: `#3`, its exact title (any case), or a fragment of its
/// publisher or title that matches one source.
pub(super) fn resolve_source(store: &Store, sources: &[Source], reference: &str) -> Result<i64, String> {
    let wanted = text::fold(reference.trim());
    let exact: Vec<&Source> = sources.iter().filter(|s| text::fold(&s.title) == wanted).collect();
    match exact.as_slice() {
        [one] => Ok(one.id),
        [] => store
            .find_source(reference)
            .map(|s| s.id)
            .map_err(|e| crate::i18n::error::store_error(&e)),
        many => Err(tr!(
            "cli-import-source-ambiguous",
            count = many.len(),
            title = format!("{:?}", reference.trim()),
            ids = many.iter().map(|s| format!("#{}", s.id)).collect::<Vec<_>>().join(", ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::EdtfDate;
    use crate::i18n::{Lang, set_language};
    use crate::store::{Metric, Qualifier};

    fn figure(value: i64) -> NewIndicator {
        let as_of = EdtfDate::parse("2026-11-01", NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()).unwrap();
        NewIndicator::new(as_of, "portfolio", Metric::Investment, value, Qualifier::Exact, 0, None).unwrap()
    }

    fn source(title: &str) -> SourceKey {
        SourceKey {
            publisher: "Forged Ministry".into(),
            title: title.into(),
            url: None,
            published: None,
        }
    }

    #[test]
    fn a_refused_import_names_what_it_brings_in_both_languages() {
        let figures: Vec<NewIndicator> = (1..=5).map(|n| figure(n * 1_000_000_000)).collect();
        let sources = [source("Totally official")];
        set_language(Lang::En);
        let english = not_allowed("-", &figures, &sources);
        assert!(
            english.contains("only an admin may record reported figures"),
            "{english}"
        );
        assert!(english.contains("5 reported figures"), "{english}");
        assert!(
            english.contains("$3,000,000,000") && english.contains("and 2 more"),
            "{english}"
        );
        assert!(!english.contains("$4,000,000,000"), "only the first three: {english}");
        assert!(english.contains("1 source this database does not have"), "{english}");
        assert!(english.contains("\"Totally official\" (Forged Ministry)"), "{english}");
        assert!(english.contains("nothing was imported"), "{english}");
        set_language(Lang::Ru);
        let russian = not_allowed("-", &figures[..1], &[]);
        set_language(Lang::En);
        assert!(russian.contains("только администратор"), "{russian}");
        assert!(russian.contains("1 официальный показатель"), "{russian}");
        assert!(!russian.contains("источник, которого"), "{russian}");
    }
}
