//! `export` and `import`: the whole portfolio to a file that is never half-written and
//! never lands on a database, and files from ministries read back in one transaction.

use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

use super::ExchangeFormat;
use crate::domain::text;
use crate::report::exchange;
use crate::store::{ImportOutcome, Source, Store};

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The export in the chosen format: JSON is the whole portfolio, CSV the projects.
pub fn export_data(store: &Store, format: ExchangeFormat) -> Result<(String, usize)> {
    let portfolio = store.portfolio()?;
    let count = portfolio.projects.len();
    let data = match format {
        ExchangeFormat::Json => exchange::to_document(&portfolio),
        ExchangeFormat::Csv => {
            let projects: Vec<_> = portfolio.projects.into_iter().map(|(p, _)| p).collect();
            exchange::to_csv(&projects, &portfolio.sources)
        }
    };
    Ok((data, count))
}

/// Writes an export to `path`: never over the open database or any SQLite file, over
/// another existing file only with `force`, and atomically (a temporary file beside it,
/// renamed into place), readable by others but never world-writable.
pub fn write_export(path: &Path, data: &[u8], force: bool, database: &Path) -> Result<()> {
    let shown = path.display();
    if is_database(path, database) {
        bail!("{shown}: that is the database ortaq has open; an export never replaces it, choose another file");
    }
    if path.is_dir() {
        bail!("{shown}: a directory; give the name of a file to write");
    }
    if is_sqlite(path) {
        bail!(
            "{shown}: an SQLite database; an export never writes over one (remove it yourself if you mean to replace it)"
        );
    }
    if path.exists() && !force {
        bail!("{shown}: the file exists; add --force to replace it, or choose another name");
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".ortaq-export-")
        .permissions(std::fs::Permissions::from_mode(0o664))
        .tempfile_in(dir)
        .with_context(|| format!("{shown}: cannot create a file in {}", dir.display()))?;
    temp.write_all(data)
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| format!("{shown}: cannot write (nothing was changed)"))?;
    let persisted = if force {
        temp.persist(path).map(drop)
    } else {
        temp.persist_noclobber(path).map(drop)
    };
    persisted.map_err(|e| match e.error.kind() {
        std::io::ErrorKind::AlreadyExists => {
            anyhow::anyhow!("{shown}: the file appeared meanwhile; add --force to replace it")
        }
        _ => anyhow::Error::new(e.error).context(format!("{shown}: cannot write (nothing was changed)")),
    })
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

/// Reads a file and adds what it holds, all or nothing; says what was done.
pub fn import(
    store: &mut Store,
    file: &Path,
    format: Option<ExchangeFormat>,
    allow_duplicates: bool,
    today: NaiveDate,
) -> Result<String> {
    let shown = file.display();
    // `-` is standard input: how a person served over SSH sends a file.
    let bytes = if file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(file)
    }
    .with_context(|| format!("{shown}: cannot read"))?;
    let format = format.unwrap_or_else(|| match file.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("json") => ExchangeFormat::Json,
        _ => ExchangeFormat::Csv,
    });
    let sources = store.sources()?;
    let resolve = |reference: &str| resolve_source(store, &sources, reference);
    let parsed = match format {
        ExchangeFormat::Json => exchange::parse_json(&bytes, &resolve, today),
        ExchangeFormat::Csv => exchange::parse_csv(&bytes, &resolve, today),
    };
    let parsed = match parsed {
        Ok(parsed) => parsed,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{shown}: {problem}");
            }
            bail!(
                "{} in {shown}; nothing was imported",
                counted(problems.len(), "problem", "problems")
            );
        }
    };
    let how = match parsed.delimiter {
        Some(delimiter) => format!("{}, {:?}-separated", parsed.encoding, delimiter),
        None => parsed.encoding.to_string(),
    };
    match store.import_document(&parsed.document, allow_duplicates)? {
        ImportOutcome::Imported {
            sources_added,
            sources_reused,
            projects,
            updates,
            indicators,
        } => Ok(format!(
            "imported {}, {}, {} and {} ({sources_reused} already here) from {shown} (read as {how})",
            counted(projects, "project", "projects"),
            counted(updates, "update", "updates"),
            counted(indicators, "reported figure", "reported figures"),
            counted(sources_added, "new source", "new sources"),
        )),
        ImportOutcome::Duplicates(names) => {
            let names: Vec<String> = names.iter().map(|n| format!("{:?}", text::for_terminal(n))).collect();
            bail!(
                "{shown}: {} already in the database or twice in the file: {}; nothing was imported \
                 (add --allow-duplicates to import them anyway)",
                counted(names.len(), "project", "projects"),
                names.join(", ")
            )
        }
        ImportOutcome::UnknownSource(key) => bail!(
            "{shown}: a row names the source {:?} ({}), which is neither in the file's sources nor in the \
             database; nothing was imported",
            text::for_terminal(&key.title),
            text::for_terminal(&key.publisher)
        ),
    }
}

/// A source named in a file: `#3`, its exact title (any case), or a fragment of its
/// publisher or title that matches one source.
fn resolve_source(store: &Store, sources: &[Source], reference: &str) -> Result<i64, String> {
    let wanted = text::fold(reference.trim());
    let exact: Vec<&Source> = sources.iter().filter(|s| text::fold(&s.title) == wanted).collect();
    match exact.as_slice() {
        [one] => Ok(one.id),
        [] => store.find_source(reference).map(|s| s.id).map_err(|e| e.to_string()),
        many => Err(format!(
            "source: {} sources are titled {:?} ({}); give #id",
            many.len(),
            reference.trim(),
            many.iter().map(|s| format!("#{}", s.id)).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// `1 project`, `2 projects`: English plurals until the messages move to Fluent.
fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}
