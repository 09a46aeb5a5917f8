//! `import --update`: a file's rows taken as corrections of the projects they name. The
//! diff, cell by cell (project by name in the language spoken, field, old → new, as the
//! stored values read), goes to standard output, whether it was written or (with
//! `--dry-run`) only worked out; conflicts, skipped rows and the summary to standard
//! error.

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::output::{emit, message};
use super::{ExchangeFormat, ImportArgs, files};
use crate::domain::{Field, Project, text};
use crate::exchange::{self, ImportLimits, Place, ReadOptions};
use crate::i18n::error::{import_place, quoted};
use crate::i18n::{language, project_name};
use crate::store::{Corrected, RowSkipped, Source, Store, UpdateOptions, UpdateOutcome, UpdateRow};
use crate::tr;

/// Reads the file, applies (or with `--dry-run` works out) its corrections and says
/// what was, or would be, stored.
pub fn run(store: &mut Store, args: &ImportArgs, today: NaiveDate, options: &ReadOptions) -> Result<()> {
    let file = args.file.display().to_string();
    let limits = ImportLimits::DEFAULT;
    let bytes = files::read_import(&args.file, &file, limits.bytes)?;
    let format = args.format.unwrap_or_else(|| files::guess_format(&args.file, &bytes));
    let sources = store.sources()?;
    let resolve = |reference: &str| files::resolve_source(store, &sources, reference);
    let parsed = match format {
        ExchangeFormat::Json => bail!(tr!("cli-update-json", file = file.as_str())),
        ExchangeFormat::Csv => exchange::parse_csv_with(&bytes, &resolve, today, &limits, options),
        ExchangeFormat::Xlsx => exchange::parse_workbook_with(&bytes, &resolve, today, &limits, options),
    };
    let parsed = parsed.map_err(|problems| files::unreadable(&file, &bytes, &problems, format, false))?;
    for note in &parsed.notes {
        message(&format!("{file}: {}", crate::i18n::error::import_problem(note)));
    }
    let how = files::how_read(&parsed);
    let figure_source = args
        .source
        .as_deref()
        .map(|s| super::records::source_id(store, s))
        .transpose()?;
    // A sector named by its label in either language is stored as its code, as `set` does.
    let rows: Vec<UpdateRow> = parsed
        .rows
        .iter()
        .map(|(_, row)| UpdateRow {
            values: row
                .values
                .iter()
                .map(|(field, value)| (*field, crate::i18n::as_stored(*field, value.clone())))
                .collect(),
            ..row.clone()
        })
        .collect();
    let places: Vec<Place> = parsed.rows.iter().map(|(place, _)| *place).collect();
    let outcome = store.update_projects(
        &rows,
        UpdateOptions {
            by_id: parsed.by_id,
            force: args.force,
            clear_empty: args.clear_empty,
            add_new: args.add_new,
            dry_run: args.dry_run,
            figure_source,
        },
    )?;
    let sources = store.sources()?;
    let place = |row: usize| places.get(row).map(|p| import_place(*p)).unwrap_or_default();
    emit(&diff(&outcome, &sources, &place))?;
    for (row, why) in &outcome.skipped {
        message(&format!("{file}: {}", skipped(why, &place(*row), &place)));
    }
    if !outcome.refused.is_empty() {
        for (row, error) in &outcome.refused {
            message(&format!(
                "{file}: {}: {}",
                place(*row),
                crate::i18n::error::store_error(error)
            ));
        }
        bail!(tr!(
            "cli-update-refused",
            count = outcome.refused.len(),
            file = file.as_str()
        ));
    }
    let figure_changed = outcome
        .changed
        .iter()
        .chain(outcome.conflicts.iter().map(|c| &c.corrected))
        .flat_map(|c| &c.fields)
        .chain(
            outcome
                .added
                .iter()
                .flat_map(|(_, p)| Field::FIGURES.iter().filter(|f| !p.value(**f).is_null())),
        )
        .any(|field| field.source_field().is_some());
    if args.source.is_some() && !figure_changed {
        message(&tr!("cli-update-source-unused"));
    }
    let changes = outcome.changed.len() + outcome.added.len() + outcome.conflicts.len();
    if changes > 0 && rows.iter().all(|row| row.updated_at.is_none()) {
        message(&tr!("cli-update-no-updated-at", file = file.as_str()));
    }
    let summary = tr!(
        "cli-update-rest",
        unchanged = outcome.unchanged,
        conflicts = outcome.conflicts.len(),
        skipped = outcome.skipped.len()
    );
    // Nothing written is said as such: "one change, `ortaq undo` takes it back" would
    // send the next undo to the person's change before.
    let id = match (args.dry_run, outcome.written) {
        (true, _) => "cli-update-dry-run",
        (false, true) => "cli-update-done",
        (false, false) => "cli-update-nothing",
    };
    message(&crate::i18n::message(
        id,
        &[
            ("changed", outcome.changed.len().into()),
            ("added", outcome.added.len().into()),
            ("file", file.as_str().into()),
            ("how", how.as_str().into()),
            ("rest", summary.into()),
        ],
    ));
    Ok(())
}

/// The diff, row by row: each changed project with its cells, each project added, each
/// conflict with the cells it would change.
fn diff(outcome: &UpdateOutcome, sources: &[Source], place: &dyn Fn(usize) -> String) -> String {
    let mut parts: Vec<(usize, String)> = Vec::new();
    for corrected in &outcome.changed {
        let head = if corrected.forced {
            "cli-update-forced"
        } else {
            "cli-update-project"
        };
        parts.push((corrected.row, project_diff(head, corrected, sources, place, None)));
    }
    for conflict in &outcome.conflicts {
        let (author, at) = conflict.last.clone().unwrap_or_default();
        let said = project_diff(
            "cli-update-conflict",
            &conflict.corrected,
            sources,
            place,
            Some((conflict.in_file.as_str(), author.as_str(), at.as_str())),
        );
        parts.push((conflict.corrected.row, said));
    }
    for (row, project) in &outcome.added {
        let fields: Vec<Field> = Field::ALL
            .iter()
            .copied()
            .filter(|f| *f != Field::Name && !project.value(*f).is_null())
            .collect();
        let corrected = Corrected {
            row: *row,
            before: Project::blank(),
            after: project.clone(),
            fields,
            forced: false,
        };
        parts.push((*row, project_diff("cli-update-added", &corrected, sources, place, None)));
    }
    parts.sort_by_key(|(row, _)| *row);
    parts.into_iter().map(|(_, said)| said).collect()
}

/// One project's lines: a head naming it, then `field: old → new` for each cell.
fn project_diff(
    head: &str,
    corrected: &Corrected,
    sources: &[Source],
    place: &dyn Fn(usize) -> String,
    conflict: Option<(&str, &str, &str)>,
) -> String {
    let project = &corrected.after;
    let name = text::for_terminal(project_name(project)).into_owned();
    let (in_file, author, at) = conflict.unwrap_or_default();
    let arg = crate::i18n::Arg::from;
    let mut said = crate::i18n::message(
        head,
        &[
            ("name", arg(name)),
            ("id", arg(project.id.to_string())),
            ("place", arg(place(corrected.row))),
            ("in_file", arg(in_file.to_string())),
            ("author", arg(text::for_terminal(author).into_owned())),
            ("at", arg(at.to_string())),
        ],
    );
    said.push('\n');
    let value = |project: &Project, field: Field| {
        let value = crate::i18n::values::field_value(sources, project, field);
        if value.is_empty() {
            crate::report::UNKNOWN.to_string()
        } else {
            text::for_terminal(&value).into_owned()
        }
    };
    for field in &corrected.fields {
        said.push_str(&tr!(
            "cli-update-cell",
            field = crate::i18n::error::field_name(language(), *field),
            old = value(&corrected.before, *field),
            new = value(&corrected.after, *field)
        ));
        said.push('\n');
    }
    said
}

/// Why a row was left out, in words.
fn skipped(why: &RowSkipped, at: &str, place: &dyn Fn(usize) -> String) -> String {
    let name = |name: &str| quoted(language(), &text::for_terminal(name));
    match why {
        RowSkipped::NoSuchProject(id) => tr!("cli-update-no-such", place = at, id = id.to_string()),
        RowSkipped::New(name_given) => tr!("cli-update-new", place = at, name = name(name_given)),
        RowSkipped::Ambiguous {
            name: name_given,
            candidates,
        } => tr!(
            "cli-update-ambiguous",
            place = at,
            name = name(name_given),
            count = candidates.len(),
            candidates = candidates
                .iter()
                .map(|(id, n)| format!("#{id} {}", name(n)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        RowSkipped::Twice {
            name: name_given,
            other_row,
        } => tr!(
            "cli-update-twice",
            place = at,
            name = name(name_given),
            other = place(*other_row)
        ),
        RowSkipped::IdAndNameDisagree {
            id,
            name: name_given,
            named: (other, project),
        } => tr!(
            "cli-update-id-and-name",
            place = at,
            id = id.to_string(),
            name = name(name_given),
            other = other.to_string(),
            project = name(project)
        ),
        RowSkipped::NameTaken {
            name: name_given,
            project: (id, project),
        } => tr!(
            "cli-update-name-taken",
            place = at,
            name = name(name_given),
            id = id.to_string(),
            project = name(project)
        ),
    }
}
