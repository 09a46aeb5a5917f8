//! The interface's names for ortaq's codes: fields, sort keys, summary dimensions, and a
//! history entry in a few words. Codes (`jobs_planned`, `location`) stay what the CLI and
//! exports use; these are labels for people, in the language spoken.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::domain::Field;
use crate::i18n::{self, Lang};
use crate::store::{Change, Dimension, SortKey};

thread_local! {
    /// Messages without variables, as found once per language: a frame asks for the
    /// same headers, hints and labels many times, and a Fluent lookup each time cost
    /// a Russian frame a fifth more than an English one.
    static LABELS: RefCell<HashMap<(Lang, &'static str), String>> = RefCell::new(HashMap::new());
}

/// The message `id` (one without variables) in the language spoken, looked up once.
pub fn label(id: &'static str) -> String {
    let lang = i18n::language();
    LABELS.with(|labels| {
        labels
            .borrow_mut()
            .entry((lang, id))
            .or_insert_with(|| i18n::message_in(lang, id, &[]))
            .clone()
    })
}

pub use crate::i18n::values::{field_value, source_name};

/// `Jobs planned` / `Раб. места (план)`: short, for the interface's forms and menus.
pub fn field_label(field: Field) -> String {
    i18n::field_in(i18n::language(), field, i18n::FieldForm::Short)
}

/// A field inside a sentence: the code in English (`saved jobs_planned`, as in
/// `set jobs_planned=…`), a word in Russian (`сохранено: рабочие места (план)`).
pub fn field_word(field: Field) -> String {
    i18n::field_in(i18n::language(), field, i18n::FieldForm::Word)
}

/// A status in the table's narrow column: `construction` / `строится`.
pub fn status_short(status: crate::domain::Status) -> String {
    use crate::domain::Status;
    match status {
        Status::Proposed => label("tui-status-proposed"),
        Status::Agreed => label("tui-status-agreed"),
        Status::Construction => label("tui-status-construction"),
        Status::Operating => label("tui-status-operating"),
        Status::Suspended => label("tui-status-suspended"),
        Status::Cancelled => label("tui-status-cancelled"),
    }
}

/// What the table is sorted by, as the footer and messages say it.
pub fn sort_label(key: SortKey) -> String {
    match key {
        SortKey::Name => label("tui-sort-name"),
        SortKey::Location => label("tui-sort-location"),
        SortKey::Sector => label("tui-sort-sector"),
        SortKey::Status => label("tui-sort-status"),
        SortKey::Investment => label("tui-sort-investment"),
        SortKey::Jobs => label("tui-sort-jobs"),
        SortKey::Updated => label("tui-sort-updated"),
        SortKey::Id => label("tui-sort-id"),
    }
}

/// The summary's title: `By status` / `По статусу`.
pub fn grouped_by(dimension: Dimension) -> String {
    match dimension {
        Dimension::Status => label("tui-by-status"),
        Dimension::Country => label("tui-by-country"),
        Dimension::Sector => label("tui-by-sector"),
    }
}

/// One history entry in a few words: `investment: — -> 12500000`, `created Angren`,
/// values cut to `max_chars` (see [`crate::i18n::error::change_cut`]).
pub fn change(change: &Change, max_chars: usize) -> String {
    crate::i18n::error::change_cut(change, max_chars)
}

/// The changes of one edit on one line.
pub fn changes(changes: &[Change]) -> String {
    changes.iter().map(|c| change(c, 40)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Status;
    use crate::tui::columns::COLUMNS;

    /// Ids looked up by `label` escape the test of `tr!` ids: each must be a message.
    #[test]
    fn every_label_is_a_message_in_both_languages() {
        for lang in Lang::ALL {
            i18n::set_language(lang);
            let mut shown: Vec<String> = Field::ALL
                .iter()
                .flat_map(|f| [field_label(*f), field_word(*f)])
                .collect();
            shown.extend(Status::ALL.iter().map(|s| status_short(*s)));
            shown.extend(SortKey::ALL.iter().map(|k| sort_label(*k)));
            shown.extend(Dimension::ALL.iter().map(|d| grouped_by(*d)));
            shown.extend(COLUMNS.iter().map(|c| c.header()));
            shown.extend(COLUMNS.iter().filter_map(|c| c.spelled_out).map(label));
            for text in shown {
                assert!(!text.starts_with("tui-"), "{text} in {lang:?}");
            }
        }
        i18n::set_language(Lang::En);
    }
}
