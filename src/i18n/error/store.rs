//! Store errors, undo results and audit-log changes in words, per language.

use std::path::Path;

use super::operation::{fault, operation};
use super::{domain_error_in, field_name, in_language, quoted};
use crate::domain::Field;
use crate::domain::text::for_terminal;
use crate::i18n::{Arg, Lang, format, message_in};
use crate::store::{Change, IoAction, Revert, Reverted, StoreError};

/// A store error in `lang`.
pub(super) fn render(lang: Lang, error: &StoreError) -> String {
    file(lang, error)
        .or_else(|| project(lang, error))
        .or_else(|| revert(lang, error))
        .unwrap_or_else(|| other(lang, error))
}

fn say(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    message_in(lang, id, args)
}

fn path_arg(path: &Path) -> (&'static str, Arg) {
    ("path", path.display().to_string().into())
}

/// An id shown as written (`#1234`), never with digit groups.
fn id_arg(name: &'static str, id: i64) -> (&'static str, Arg) {
    (name, id.to_string().into())
}

/// Errors about the database file itself.
fn file(lang: Lang, error: &StoreError) -> Option<String> {
    let say = |id: &str, args: &[(&str, Arg)]| say(lang, id, args);
    Some(match error {
        StoreError::NotSqlite { path } => say("err-not-sqlite", &[path_arg(path)]),
        StoreError::EmptyFile { path } => say("err-empty-file", &[path_arg(path)]),
        StoreError::ForeignDatabase { path } => say("err-foreign-database", &[path_arg(path)]),
        StoreError::Corrupt { path, detail } => say("err-corrupt", &[path_arg(path), ("detail", detail.into())]),
        StoreError::NewerSchema { path, found, supported } => say(
            "err-newer-schema",
            &[path_arg(path), id_arg("found", *found), id_arg("supported", *supported)],
        ),
        StoreError::ReadOnly { path } if path.as_os_str().is_empty() => say("err-read-only-anywhere", &[]),
        StoreError::ReadOnly { path } => say("err-read-only", &[path_arg(path)]),
        StoreError::CannotFollow { path } => say("err-cannot-follow", &[path_arg(path)]),
        StoreError::ReadOnlyNeedsUpgrade { path, supported } => say(
            "err-read-only-needs-upgrade",
            &[path_arg(path), id_arg("supported", *supported)],
        ),
        StoreError::Busy => say("err-busy", &[]),
        StoreError::Full => say("err-full", &[]),
        StoreError::TotalsTooLarge => say("err-totals-too-large", &[]),
        StoreError::FileExists { path } => say("err-file-exists", &[path_arg(path)]),
        StoreError::Io { path, action, error } => say(
            "err-io",
            &[
                path_arg(path),
                ("action", say(io_action(*action), &[]).into()),
                ("reason", io_reason(lang, error).into()),
            ],
        ),
        _ => return None,
    })
}

fn io_action(action: IoAction) -> &'static str {
    match action {
        IoAction::Opening => "err-io-opening",
        IoAction::OpeningReadOnly => "err-io-opening-read-only",
        IoAction::Reading => "err-io-reading",
        IoAction::Creating => "err-io-creating",
        IoAction::CreatingDirectory => "err-io-creating-directory",
        IoAction::CreatingBackup => "err-io-creating-backup",
        IoAction::BackingUp => "err-io-backing-up",
        IoAction::RemovingTemporary => "err-io-removing-temporary",
    }
}

/// Why the system refused. English keeps the system's own words where it gave them
/// (`Is a directory (os error 21)`); Russian says the common reasons in Russian.
pub(super) fn io_reason(lang: Lang, error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let id = match error.kind() {
        _ if lang == Lang::En && error.raw_os_error().is_some() => None,
        ErrorKind::NotFound => Some("err-io-not-found"),
        ErrorKind::PermissionDenied => Some("err-io-permission"),
        ErrorKind::AlreadyExists => Some("err-io-exists"),
        ErrorKind::IsADirectory => Some("err-io-is-directory"),
        ErrorKind::NotADirectory => Some("err-io-not-directory"),
        ErrorKind::StorageFull => Some("err-io-full"),
        ErrorKind::ReadOnlyFilesystem => Some("err-io-read-only-fs"),
        ErrorKind::QuotaExceeded => Some("err-io-quota"),
        ErrorKind::FileTooLarge => Some("err-io-too-large"),
        ErrorKind::ResourceBusy => Some("err-io-busy"),
        ErrorKind::UnexpectedEof => Some("err-io-eof"),
        ErrorKind::TimedOut => Some("err-io-timed-out"),
        ErrorKind::BrokenPipe => Some("err-io-broken-pipe"),
        ErrorKind::InvalidFilename => Some("err-io-invalid-filename"),
        ErrorKind::DirectoryNotEmpty => Some("err-io-directory-not-empty"),
        ErrorKind::CrossesDevices => Some("err-io-crosses-devices"),
        ErrorKind::OutOfMemory => Some("err-io-out-of-memory"),
        _ => None,
    };
    match id {
        Some(id) => say(lang, id, &[]),
        None => say(lang, "err-io-other", &[("detail", error.to_string().into())]),
    }
}

/// Errors about projects and sources.
fn project(lang: Lang, error: &StoreError) -> Option<String> {
    let say = |id: &str, args: &[(&str, Arg)]| say(lang, id, args);
    Some(match error {
        StoreError::Conflict {
            project,
            author,
            at,
            changes,
            ..
        } => conflict(lang, *project, author.as_deref(), at, changes),
        StoreError::NoSuchVersion {
            project,
            given,
            current,
        } => say(
            "err-no-such-version",
            &[
                id_arg("project", *project),
                id_arg("given", *given),
                id_arg("current", *current),
            ],
        ),
        StoreError::NotFound(reference) => say("err-not-found", &[("reference", quoted(lang, reference).into())]),
        StoreError::Deleted { project, undo } => {
            let id = if *undo { "err-deleted-undo" } else { "err-deleted" };
            say(id, &[id_arg("project", *project)])
        }
        StoreError::Ambiguous {
            reference,
            count,
            candidates,
        } => ambiguous(lang, reference, *count, candidates),
        StoreError::Domain(error) => domain_error_in(lang, error),
        StoreError::AlreadyDeleted { project } => say("err-already-deleted", &[id_arg("project", *project)]),
        StoreError::NotDeleted { project } => say("err-not-deleted", &[id_arg("project", *project)]),
        StoreError::NoSuchSource { id } => say("err-no-such-source", &[id_arg("id", *id)]),
        StoreError::NoSuchFigure { id } => say("err-no-such-figure", &[id_arg("id", *id)]),
        StoreError::FigureRemoved { id } => say("err-figure-removed", &[id_arg("id", *id)]),
        StoreError::FigureExists { existing } => say(
            "err-figure-exists",
            &[
                (
                    "figure",
                    in_language(lang, || crate::i18n::figure_line(existing)).into(),
                ),
                id_arg("id", existing.id),
            ],
        ),
        StoreError::NoSourceMatches { reference } => say(
            "err-no-source-matches",
            &[("reference", quoted(lang, reference).into())],
        ),
        StoreError::SourceAmbiguous { reference, ids } => {
            let shown: Vec<String> = ids.iter().map(|id| format!("#{id}")).collect();
            say(
                "err-source-ambiguous",
                &[
                    ("reference", quoted(lang, reference).into()),
                    ("count", ids.len().into()),
                    ("ids", shown.join(", ").into()),
                ],
            )
        }
        StoreError::NoSourceTitled { title } => say("err-no-source-titled", &[("title", quoted(lang, title).into())]),
        StoreError::NothingWritten(inner) => say("err-nothing-written", &[("error", render(lang, inner).into())]),
        _ => return None,
    })
}

fn conflict(lang: Lang, project: i64, author: Option<&str>, at: &str, changes: &[Change]) -> String {
    let described = changes_in(lang, changes);
    let changes = if described.is_empty() {
        String::new()
    } else {
        format!(" ({described})")
    };
    let mut args = vec![
        id_arg("project", project),
        ("at", in_language(lang, || format::timestamp(at)).into()),
        ("changes", changes.into()),
    ];
    let id = match author {
        Some(author) => {
            args.push(("author", for_terminal(author).into()));
            "err-conflict"
        }
        None => "err-conflict-unknown",
    };
    say(lang, id, &args)
}

fn ambiguous(lang: Lang, reference: &str, count: usize, candidates: &[(i64, String)]) -> String {
    let mut shown: Vec<String> = candidates
        .iter()
        .map(|(id, name)| format!("#{id} {}", for_terminal(name)))
        .collect();
    if count > candidates.len() {
        shown.push("…".into());
    }
    say(
        lang,
        "err-ambiguous",
        &[
            ("reference", quoted(lang, reference).into()),
            ("count", count.into()),
            ("candidates", shown.join(", ").into()),
        ],
    )
}

/// Undo and redo refused.
fn revert(lang: Lang, error: &StoreError) -> Option<String> {
    let cannot = |revert: &Revert| {
        let id = match revert {
            Revert::Undo => "err-cannot-undo",
            Revert::Redo => "err-cannot-redo",
        };
        ("cannot", Arg::from(say(lang, id, &[])))
    };
    let when = |at: &str| ("at", Arg::from(in_language(lang, || format::timestamp(at))));
    Some(match error {
        StoreError::NothingToUndo { author } => say(lang, "err-nothing-to-undo", &[("author", author.into())]),
        StoreError::NothingToRedo { author } => say(lang, "err-nothing-to-redo", &[("author", author.into())]),
        StoreError::FigureWriteLast { revert, figure, at } => say(
            lang,
            "err-figure-write-last",
            &[cannot(revert), ("figure", Arg::from(format!("#{figure}"))), when(at)],
        ),
        StoreError::FigureChangedSince { revert, figure } => say(
            lang,
            "err-figure-changed-since",
            &[cannot(revert), ("figure", Arg::from(format!("#{figure}")))],
        ),
        StoreError::DeletedOrRestoredSince { project } => {
            say(lang, "err-deleted-or-restored-since", &[id_arg("project", *project)])
        }
        StoreError::DeletedSince { revert, project } => say(
            lang,
            "err-deleted-since",
            &[cannot(revert), id_arg("project", *project)],
        ),
        StoreError::ChangedSince {
            revert,
            project,
            field,
            by,
        } => {
            let mut args = vec![
                cannot(revert),
                ("field", audit_field(lang, field).into()),
                id_arg("project", *project),
            ];
            let id = match by {
                Some((author, at)) => {
                    args.push(("author", for_terminal(author).into()));
                    args.push(when(at));
                    "err-changed-since"
                }
                None => "err-changed-since-unknown",
            };
            say(lang, id, &args)
        }
        StoreError::UndoNotStuck { edit } => say(lang, "err-undo-not-stuck", &[("edit", Arg::from(edit.to_string()))]),
        StoreError::CreationChangedSince { project, author, at } => say(
            lang,
            "err-creation-changed-since",
            &[
                id_arg("project", *project),
                ("author", for_terminal(author).into()),
                when(at),
            ],
        ),
        _ => return None,
    })
}

/// Faults of the system, of SQLite or of ortaq itself: their detail is technical and
/// stays as the system gave it.
fn other(lang: Lang, error: &StoreError) -> String {
    match error {
        StoreError::Refused { context, detail } => say(
            lang,
            "err-refused",
            &[("context", operation(lang, *context).into()), ("detail", detail.into())],
        ),
        StoreError::DanglingReferences { count } => {
            say(lang, "err-dangling-references", &[("count", Arg::from(*count))])
        }
        StoreError::Internal(detail) => say(lang, "err-internal", &[("detail", fault(lang, detail).into())]),
        StoreError::Commission(problem) => super::commission::render(lang, problem),
        StoreError::People(problem) => people(lang, problem),
        StoreError::NoLongerAllowed { role: None, .. } => say(lang, "err-no-longer-allowed", &[]),
        StoreError::NoLongerAllowed {
            role: Some(role),
            needed,
        } => say(
            lang,
            "err-role-taken-away",
            &[("have", role.as_str().into()), ("needed", needed.as_str().into())],
        ),
        StoreError::Sqlite { context, error } => say(
            lang,
            "err-sqlite",
            &[
                ("context", operation(lang, *context).into()),
                ("detail", error.to_string().into()),
            ],
        ),
        // Rendered above; named here so that a new variant cannot go unsaid.
        StoreError::NotSqlite { .. }
        | StoreError::EmptyFile { .. }
        | StoreError::ForeignDatabase { .. }
        | StoreError::Corrupt { .. }
        | StoreError::NewerSchema { .. }
        | StoreError::ReadOnly { .. }
        | StoreError::CannotFollow { .. }
        | StoreError::ReadOnlyNeedsUpgrade { .. }
        | StoreError::Busy
        | StoreError::Full
        | StoreError::TotalsTooLarge
        | StoreError::FileExists { .. }
        | StoreError::Io { .. }
        | StoreError::Conflict { .. }
        | StoreError::NoSuchVersion { .. }
        | StoreError::NotFound(_)
        | StoreError::Deleted { .. }
        | StoreError::Ambiguous { .. }
        | StoreError::Domain(_)
        | StoreError::AlreadyDeleted { .. }
        | StoreError::NotDeleted { .. }
        | StoreError::NoSuchSource { .. }
        | StoreError::NoSuchFigure { .. }
        | StoreError::FigureRemoved { .. }
        | StoreError::FigureExists { .. }
        | StoreError::NoSourceMatches { .. }
        | StoreError::SourceAmbiguous { .. }
        | StoreError::NoSourceTitled { .. }
        | StoreError::NothingWritten(_)
        | StoreError::NothingToUndo { .. }
        | StoreError::NothingToRedo { .. }
        | StoreError::FigureWriteLast { .. }
        | StoreError::FigureChangedSince { .. }
        | StoreError::DeletedOrRestoredSince { .. }
        | StoreError::DeletedSince { .. }
        | StoreError::ChangedSince { .. }
        | StoreError::CreationChangedSince { .. }
        | StoreError::UndoNotStuck { .. } => String::new(),
    }
}

fn people(lang: Lang, problem: &crate::store::PeopleProblem) -> String {
    use crate::store::PeopleProblem;
    // Names come from the command line or the database: shown with their control
    // characters made visible, never sent to the terminal as they are.
    let name = |name: &str| Arg::from(for_terminal(name).into_owned());
    match problem {
        PeopleProblem::BadName { name: n } => say(lang, "err-person-bad-name", &[("name", name(n))]),
        PeopleProblem::KeyTaken { fingerprint, owner } => say(
            lang,
            "err-person-key-taken",
            &[("fingerprint", name(fingerprint)), ("owner", name(owner))],
        ),
        PeopleProblem::AlreadyIn { name: n } => say(lang, "err-person-already-in", &[("name", name(n))]),
        PeopleProblem::NotAmong { name: n } => say(lang, "err-person-not-among", &[("name", name(n))]),
        PeopleProblem::NotPlain { name: n, plain } => say(
            lang,
            "err-person-not-plain",
            &[("name", name(n)), ("plain", name(plain))],
        ),
        PeopleProblem::LooksLike { name: n, existing } => say(
            lang,
            "err-person-looks-like",
            &[("name", name(n)), ("existing", name(existing))],
        ),
        PeopleProblem::LastAdmin { name: n } => say(lang, "err-person-last-admin", &[("name", name(n))]),
    }
}

/// A field named in the audit log, as the language names it (unknown names as stored).
fn audit_field(lang: Lang, name: &str) -> String {
    Field::parse(name).map_or_else(|_| for_terminal(name).into_owned(), |field| field_name(lang, field))
}

/// One change of the audit log in a few words, values made safe for a terminal and cut
/// to 40 characters: `investment: — -> 12500000`, `created Angren plant`, `deleted`.
pub fn change(change: &Change) -> String {
    change_in(crate::i18n::language(), change, 40)
}

/// As [`change`], with values cut to `max_chars` (the detail pane wraps longer ones).
pub fn change_cut(change: &Change, max_chars: usize) -> String {
    change_in(crate::i18n::language(), change, max_chars)
}

/// A stored value as the language writes it: in Russian, status and country labels,
/// grouped figures, `$3 400 000 000`, `12.07.2024`; in English as stored (today's form).
fn audit_value(lang: Lang, field: &str, raw: &str) -> String {
    // A source is named by its id the way every listing names it: `#2`.
    if Field::parse(field).is_ok_and(|f| f.is_source()) {
        return format!("#{raw}");
    }
    if lang == Lang::En {
        return raw.to_string();
    }
    let shown = in_language(lang, || match Field::parse(field).ok()? {
        Field::Status => crate::domain::Status::parse(raw).ok().map(crate::i18n::status_label),
        Field::Country => crate::domain::Country::parse(raw).ok().map(crate::i18n::country_label),
        Field::Sector => Some(crate::i18n::sector_label(raw)),
        Field::Region => Some(crate::i18n::place_label(raw)),
        Field::Investment => raw.parse::<i64>().ok().map(format::money_full),
        Field::JobsPlanned | Field::JobsCreated => raw.parse::<i64>().ok().map(format::count),
        Field::Started | Field::Completed => crate::domain::EdtfDate::stored_calendar(raw)
            .ok()
            .as_ref()
            .map(format::date),
        // With the language's decimal mark (a Russian screen said `70.14 → 70.2`).
        Field::Latitude => {
            crate::domain::Coordinate::stored(raw, crate::domain::Axis::Latitude).map(format::coordinate)
        }
        Field::Longitude => {
            crate::domain::Coordinate::stored(raw, crate::domain::Axis::Longitude).map(format::coordinate)
        }
        _ => None,
    });
    shown.unwrap_or_else(|| raw.to_string())
}

fn change_in(lang: Lang, change: &Change, max_chars: usize) -> String {
    let shown = |value: &Option<String>| -> Arg {
        match value.as_deref() {
            None => "—".into(),
            Some(value) => {
                let value = audit_value(lang, &change.field, value);
                let safe = for_terminal(&value);
                if safe.chars().count() > max_chars {
                    format!("{}…", safe.chars().take(max_chars).collect::<String>()).into()
                } else {
                    safe.into_owned().into()
                }
            }
        }
    };
    match change.field.as_str() {
        "skipped" => say(
            lang,
            "err-change-skipped",
            &[("edit", Arg::from(change.new_value.clone().unwrap_or_default()))],
        ),
        "created" => say(lang, "err-change-created", &[("value", shown(&change.new_value))]),
        "deleted" => say(lang, "err-change-deleted", &[]),
        "restored" => say(lang, "err-change-restored", &[]),
        "note" if change.new_value.is_none() => {
            say(lang, "err-change-note-removed", &[("value", shown(&change.old_value))])
        }
        "note" => say(lang, "err-change-note", &[("value", shown(&change.new_value))]),
        field => say(
            lang,
            "err-change-field",
            &[
                ("field", audit_field(lang, field).into()),
                ("old", shown(&change.old_value)),
                ("new", shown(&change.new_value)),
            ],
        ),
    }
}

fn changes_in(lang: Lang, changes: &[Change]) -> String {
    changes
        .iter()
        .map(|c| change_in(lang, c, 40))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What an undo or a redo did, in words, naming the project in the language spoken:
/// `#5 Angren aerated concrete: investment: 12500000 -> —`.
pub fn reverted(reverted: &Reverted) -> String {
    let lang = crate::i18n::language();
    let project = id_arg("project", reverted.project_id);
    let name = match (lang, reverted.name_ru.as_deref()) {
        (Lang::Ru, Some(ru)) if !ru.trim().is_empty() => ru,
        _ => reverted.name.as_str(),
    };
    let name = ("name", Arg::from(for_terminal(name).into_owned()));
    if reverted.projects > 1 {
        let count = (
            "count",
            Arg::Count(i64::try_from(reverted.projects).unwrap_or(i64::MAX)),
        );
        let id = if reverted.undid_creation {
            "err-reverted-import"
        } else {
            "err-reverted-many"
        };
        say(lang, id, &[project, count])
    } else if reverted.undid_creation {
        say(lang, "err-reverted-creation", &[project, name])
    } else {
        say(
            lang,
            "err-reverted",
            &[project, name, ("changes", changes_in(lang, &reverted.changes).into())],
        )
    }
}

/// A change of the user's named for an undo that is stuck on it: when, which project,
/// what (`your change of 03.12.2026 15:20 (#3: investment: — -> 12500000)`).
pub fn next_undo(change: &crate::store::NextUndo) -> String {
    use crate::store::{Entity, NextUndo};
    let lang = crate::i18n::language();
    match change {
        NextUndo::Project(changes) => your_change(changes),
        NextUndo::Commission { entity, id } => {
            let entity = match entity {
                Entity::Meeting => crate::i18n::message("entity-meeting", &[]),
                Entity::Agreement => crate::i18n::message("entity-agreement", &[]),
            };
            say(
                lang,
                "err-your-commission-change",
                &[("entity", entity.into()), ("id", Arg::from(id.to_string()))],
            )
        }
        NextUndo::Figure(figure) => say(
            lang,
            "err-your-figure-change",
            &[("figure", crate::i18n::figure_line(figure).into())],
        ),
    }
}

/// A project's change that undo or a skip names, in words.
pub fn your_change(changes: &[Change]) -> String {
    let lang = crate::i18n::language();
    let Some(first) = changes.first() else {
        return String::new();
    };
    let at = in_language(lang, || format::timestamp(&first.changed_at));
    say(
        lang,
        "err-your-change",
        &[
            ("at", at.into()),
            id_arg("project", first.project_id),
            ("changes", changes_in(lang, changes).into()),
        ],
    )
}
