//! What the store was doing, and the faults of ortaq itself, in words per language.

use super::field_name;
use crate::i18n::{Arg, Lang, message_in};
use crate::store::{Fault, Operation};

/// What the store was doing: `reading the history` / `чтение истории изменений`. Each
/// operation's message is named after it (`ReadingHistory`: `op-reading-history`); the
/// test below walks every operation in both languages, so a new one cannot go unsaid.
pub(crate) fn operation(lang: Lang, operation: Operation) -> String {
    match operation {
        Operation::SettingField(field) => {
            message_in(lang, "op-setting-field", &[("field", field_name(lang, field).into())])
        }
        Operation::UndoingField(field) => {
            message_in(lang, "op-undoing-field", &[("field", field_name(lang, field).into())])
        }
        other => message_in(lang, &key_of(other), &[]),
    }
}

/// `ReadingHistory` -> `op-reading-history`.
fn key_of(operation: Operation) -> String {
    let mut key = String::from("op");
    for c in format!("{operation:?}").chars() {
        if c.is_ascii_uppercase() {
            key.push('-');
        }
        key.push(c.to_ascii_lowercase());
    }
    key
}

/// A fault of ortaq (or of a file changed by another tool), in words; its technical
/// detail stays as given.
pub(crate) fn fault(lang: Lang, fault: &Fault) -> String {
    let (id, args): (&str, Vec<(&str, Arg)>) = match fault {
        Fault::SeedInvalid { detail } => ("fault-seed-invalid", vec![("detail", detail.into())]),
        Fault::SeedUnknownSource { key } => ("fault-seed-unknown-source", vec![("key", format!("{key:?}").into())]),
        Fault::SeedOddValue { field } => ("fault-seed-odd-value", vec![("field", field.into())]),
        Fault::NoUpgradeFrom { version } => ("fault-no-upgrade-from", vec![("version", version.to_string().into())]),
        Fault::NoSuchChange { edit } => ("fault-no-such-change", vec![("edit", edit.to_string().into())]),
        Fault::OddHistoryValue { field, text } => (
            "fault-odd-history-value",
            vec![
                ("field", field_name(lang, *field).into()),
                ("text", format!("{text:?}").into()),
            ],
        ),
        Fault::NoteWithoutUpdate => ("fault-note-without-update", Vec::new()),
        Fault::NoColumnToUndo { column } => ("fault-no-column-to-undo", vec![("column", column.into())]),
    };
    message_in(lang, id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A message missing from a language shows as its id: every operation and every
    /// fault is worded in English and in Russian, and differently.
    #[test]
    fn every_operation_and_fault_is_worded_in_both_languages() {
        let faults = [
            Fault::SeedInvalid { detail: "x".into() },
            Fault::SeedUnknownSource { key: "x".into() },
            Fault::SeedOddValue { field: "x".into() },
            Fault::NoUpgradeFrom { version: 1 },
            Fault::NoSuchChange { edit: 1 },
            Fault::OddHistoryValue {
                field: crate::domain::Field::Status,
                text: "x".into(),
            },
            Fault::NoteWithoutUpdate,
            Fault::NoColumnToUndo { column: "x".into() },
        ];
        let words = Operation::EVERY
            .iter()
            .map(|op| (format!("{op:?}"), operation(Lang::En, *op), operation(Lang::Ru, *op)))
            .chain(
                faults
                    .iter()
                    .map(|f| (format!("{f:?}"), fault(Lang::En, f), fault(Lang::Ru, f))),
            );
        for (name, english, russian) in words {
            for text in [&english, &russian] {
                assert!(
                    !text.starts_with("op-") && !text.starts_with("fault-"),
                    "{name} has no message: {text}"
                );
            }
            assert_ne!(english, russian, "{name} is not translated");
            assert!(russian.chars().any(|c| ('а'..='я').contains(&c)), "{name}: {russian}");
        }
    }

    #[test]
    fn an_operations_message_is_named_after_it() {
        assert_eq!(key_of(Operation::ReadingHistory), "op-reading-history");
        assert_eq!(key_of(Operation::SettingUpConnection), "op-setting-up-connection");
    }

    #[test]
    fn english_keeps_the_words_the_store_used_to_give() {
        assert_eq!(operation(Lang::En, Operation::ReadingHistory), "reading the history");
        assert_eq!(
            operation(Lang::En, Operation::SettingField(crate::domain::Field::Status)),
            "setting status"
        );
        assert_eq!(fault(Lang::En, &Fault::NoSuchChange { edit: 12 }), "no change #12");
    }
}
