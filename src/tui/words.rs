//! The interface's names for ortaq's codes: fields, sort keys, summary dimensions, and a
//! history entry in a few words. Codes (`jobs_planned`, `location`) stay what the CLI and
//! exports use; these are labels for people, in the language spoken.

use crate::domain::Field;
use crate::store::{Change, Dimension, SortKey};
use crate::tr;

/// `Jobs planned` / `Рабочие места (план)`.
pub fn field_label(field: Field) -> String {
    match field {
        Field::Name => tr!("tui-field-name"),
        Field::NameRu => tr!("tui-field-name-ru"),
        Field::Country => tr!("tui-field-country"),
        Field::Region => tr!("tui-field-region"),
        Field::Sector => tr!("tui-field-sector"),
        Field::Status => tr!("tui-field-status"),
        Field::Investment => tr!("tui-field-investment"),
        Field::JobsPlanned => tr!("tui-field-jobs-planned"),
        Field::JobsCreated => tr!("tui-field-jobs-created"),
        Field::Partners => tr!("tui-field-partners"),
        Field::Started => tr!("tui-field-started"),
        Field::Completed => tr!("tui-field-completed"),
        Field::Description => tr!("tui-field-description"),
        Field::Source => tr!("tui-field-source"),
    }
}

/// A field inside a sentence: the code in English (`saved jobs_planned`, as in
/// `set jobs_planned=…`), a word in Russian (`сохранено: рабочие места (план)`).
pub fn field_word(field: Field) -> String {
    match field {
        Field::Name => tr!("tui-word-name"),
        Field::NameRu => tr!("tui-word-name-ru"),
        Field::Country => tr!("tui-word-country"),
        Field::Region => tr!("tui-word-region"),
        Field::Sector => tr!("tui-word-sector"),
        Field::Status => tr!("tui-word-status"),
        Field::Investment => tr!("tui-word-investment"),
        Field::JobsPlanned => tr!("tui-word-jobs-planned"),
        Field::JobsCreated => tr!("tui-word-jobs-created"),
        Field::Partners => tr!("tui-word-partners"),
        Field::Started => tr!("tui-word-started"),
        Field::Completed => tr!("tui-word-completed"),
        Field::Description => tr!("tui-word-description"),
        Field::Source => tr!("tui-word-source"),
    }
}

/// A status in the table's narrow column: `construction` / `строится`.
pub fn status_short(status: crate::domain::Status) -> String {
    use crate::domain::Status;
    match status {
        Status::Proposed => tr!("tui-status-proposed"),
        Status::Agreed => tr!("tui-status-agreed"),
        Status::Construction => tr!("tui-status-construction"),
        Status::Operating => tr!("tui-status-operating"),
        Status::Suspended => tr!("tui-status-suspended"),
        Status::Cancelled => tr!("tui-status-cancelled"),
    }
}

/// What the table is sorted by, as the footer and messages say it.
pub fn sort_label(key: SortKey) -> String {
    match key {
        SortKey::Name => tr!("tui-sort-name"),
        SortKey::Location => tr!("tui-sort-location"),
        SortKey::Sector => tr!("tui-sort-sector"),
        SortKey::Status => tr!("tui-sort-status"),
        SortKey::Investment => tr!("tui-sort-investment"),
        SortKey::Jobs => tr!("tui-sort-jobs"),
        SortKey::Updated => tr!("tui-sort-updated"),
        SortKey::Id => tr!("tui-sort-id"),
    }
}

/// The summary's title: `By status` / `По статусу`.
pub fn grouped_by(dimension: Dimension) -> String {
    match dimension {
        Dimension::Status => tr!("tui-by-status"),
        Dimension::Country => tr!("tui-by-country"),
        Dimension::Sector => tr!("tui-by-sector"),
    }
}

/// One history entry in a few words: `investment: — -> 12,500,000`, `created Angren`.
/// Values are made safe for the terminal and cut to `max_chars`.
pub fn change(change: &Change, max_chars: usize) -> String {
    let shown = |value: &Option<String>| match value.as_deref() {
        None => "—".to_string(),
        Some(value) => {
            let safe = crate::domain::text::for_terminal(value);
            if safe.chars().count() > max_chars {
                let cut: String = safe.chars().take(max_chars).collect();
                format!("{cut}…")
            } else {
                safe.into_owned()
            }
        }
    };
    match change.field.as_str() {
        "created" => tr!("tui-change-created", name = shown(&change.new_value)),
        "deleted" => tr!("tui-change-deleted"),
        "restored" => tr!("tui-change-restored"),
        "note" if change.new_value.is_none() => tr!("tui-change-note-removed", note = shown(&change.old_value)),
        "note" => tr!("tui-change-note", note = shown(&change.new_value)),
        field => {
            let label =
                Field::parse(field).map_or_else(|_| crate::domain::text::for_terminal(field).into_owned(), field_word);
            tr!(
                "tui-change-field",
                field = label,
                old = shown(&change.old_value),
                new = shown(&change.new_value)
            )
        }
    }
}

/// The changes of one edit on one line.
pub fn changes(changes: &[Change]) -> String {
    changes.iter().map(|c| change(c, 40)).collect::<Vec<_>>().join(", ")
}
