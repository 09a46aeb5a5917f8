//! What the store was doing, and the faults of ortaq itself, in words per language.

use super::field_name;
use crate::i18n::{Arg, Lang, message_in};
use crate::store::{Fault, Operation};

/// What the store was doing: `reading the history` / `чтение истории изменений`.
pub(crate) fn operation(lang: Lang, operation: Operation) -> String {
    let id = match operation {
        Operation::SettingField(field) => {
            return message_in(lang, "op-setting-field", &[("field", field_name(lang, field).into())]);
        }
        Operation::UndoingField(field) => {
            return message_in(lang, "op-undoing-field", &[("field", field_name(lang, field).into())]);
        }
        Operation::ReadingHistory => "op-reading-history",
        Operation::ReadingSources => "op-reading-sources",
        Operation::UpgradingSchema => "op-upgrading-schema",
        Operation::ReadingPeople => "op-reading-people",
        Operation::ReadingFigures => "op-reading-figures",
        Operation::CreatingSchema => "op-creating-schema",
        Operation::Importing => "op-importing",
        Operation::CreatingDatabase => "op-creating-database",
        Operation::CheckingSource => "op-checking-source",
        Operation::AddingPerson => "op-adding-person",
        Operation::WritingAuditLog => "op-writing-audit-log",
        Operation::WritingAccessLog => "op-writing-access-log",
        Operation::Summarising => "op-summarising",
        Operation::SettingUpConnection => "op-setting-up-connection",
        Operation::RemovingPerson => "op-removing-person",
        Operation::RemovingFigure => "op-removing-figure",
        Operation::RecordingFigure => "op-recording-figure",
        Operation::RebuildingSearchIndex => "op-rebuilding-search-index",
        Operation::ReadingUpdates => "op-reading-updates",
        Operation::ReadingChange => "op-reading-change",
        Operation::ReadingProjectNames => "op-reading-project-names",
        Operation::ReadingProject => "op-reading-project",
        Operation::OpeningDatabase => "op-opening-database",
        Operation::ListingSectors => "op-listing-sectors",
        Operation::ListingProjects => "op-listing-projects",
        Operation::FindingLastChange => "op-finding-last-change",
        Operation::FindingProject => "op-finding-project",
        Operation::CorrectingFigure => "op-correcting-figure",
        Operation::CheckingRole => "op-checking-role",
        Operation::CheckingReportedFigures => "op-checking-reported-figures",
        Operation::CheckingHistory => "op-checking-history",
        Operation::CheckingFigures => "op-checking-figures",
        Operation::ChangingRole => "op-changing-role",
        Operation::ChangingProject => "op-changing-project",
        Operation::BackingUp => "op-backing-up",
        Operation::AddingUpdate => "op-adding-update",
        Operation::AddingSource => "op-adding-source",
        Operation::AddingProject => "op-adding-project",
        Operation::WatchingCount => "op-watching-count",
        Operation::Undoing => "op-undoing",
        Operation::UndoingImport => "op-undoing-import",
        Operation::UndoingNote => "op-undoing-note",
        Operation::SettingLockWait => "op-setting-lock-wait",
        Operation::Searching => "op-searching",
        Operation::Redoing => "op-redoing",
        Operation::ReadingSize => "op-reading-size",
        Operation::ReadingSchema => "op-reading-schema",
        Operation::ReadingSchemaVersion => "op-reading-schema-version",
        Operation::ReadingJournalMode => "op-reading-journal-mode",
        Operation::ReadingAccessLog => "op-reading-access-log",
        Operation::ReadingFigure => "op-reading-figure",
        Operation::LimitingSize => "op-limiting-size",
        Operation::IndexingProject => "op-indexing-project",
        Operation::ImportingProjects => "op-importing-projects",
        Operation::FinishingBackup => "op-finishing-backup",
        Operation::FindingLastUndo => "op-finding-last-undo",
        Operation::FindingProjectInList => "op-finding-project-in-list",
        Operation::DeletingOrRestoring => "op-deleting-or-restoring",
        Operation::DeletingProject => "op-deleting-project",
        Operation::CreatingBackup => "op-creating-backup",
        Operation::CorrectingSeed => "op-correcting-seed",
        Operation::CheckingDates => "op-checking-dates",
        Operation::CheckingDatabase => "op-checking-database",
        Operation::CheckingSameFigure => "op-checking-same-figure",
        Operation::CheckingForChanges => "op-checking-for-changes",
        Operation::AddingUpProjects => "op-adding-up-projects",
        Operation::TakingBack => "op-taking-back",
    };
    message_in(lang, id, &[])
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
    fn english_keeps_the_words_the_store_used_to_give() {
        assert_eq!(operation(Lang::En, Operation::ReadingHistory), "reading the history");
        assert_eq!(
            operation(Lang::En, Operation::SettingField(crate::domain::Field::Status)),
            "setting status"
        );
        assert_eq!(fault(Lang::En, &Fault::NoSuchChange { edit: 12 }), "no change #12");
    }
}
