//! What the store was doing when SQLite refused: a closed set, put into words by
//! `i18n::error` in the language spoken (as [`IoAction`](super::IoAction) is for files).

use crate::domain::Field;

/// What the store was doing when the database refused or failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    /// Reading the history.
    ReadingHistory,
    /// Reading sources.
    ReadingSources,
    /// Upgrading the schema.
    UpgradingSchema,
    /// Reading the people.
    ReadingPeople,
    /// Reading reported figures.
    ReadingFigures,
    /// Creating the schema.
    CreatingSchema,
    /// Importing.
    Importing,
    /// Creating the database.
    CreatingDatabase,
    /// Checking a source.
    CheckingSource,
    /// Adding a person.
    AddingPerson,
    /// Writing the audit log.
    WritingAuditLog,
    /// Writing the access log.
    WritingAccessLog,
    /// Summarising.
    Summarising,
    /// Setting up the connection.
    SettingUpConnection,
    /// Removing a person.
    RemovingPerson,
    /// Removing a figure.
    RemovingFigure,
    /// Recording a figure.
    RecordingFigure,
    /// Rebuilding the search index.
    RebuildingSearchIndex,
    /// Reading updates.
    ReadingUpdates,
    /// Reading the change.
    ReadingChange,
    /// Reading project names.
    ReadingProjectNames,
    /// Reading a project.
    ReadingProject,
    /// Opening the database.
    OpeningDatabase,
    /// Listing sectors.
    ListingSectors,
    /// Listing projects.
    ListingProjects,
    /// Finding your last change.
    FindingLastChange,
    /// Finding a project.
    FindingProject,
    /// Correcting a figure.
    CorrectingFigure,
    /// Checking your role.
    CheckingRole,
    /// Checking the reported figures.
    CheckingReportedFigures,
    /// Checking the history.
    CheckingHistory,
    /// Checking the figures.
    CheckingFigures,
    /// Changing a role.
    ChangingRole,
    /// Changing a project.
    ChangingProject,
    /// Backing up.
    BackingUp,
    /// Adding an update.
    AddingUpdate,
    /// Adding a source.
    AddingSource,
    /// Adding a project.
    AddingProject,
    /// Watching a count.
    WatchingCount,
    /// Undoing.
    Undoing,
    /// Undoing an import.
    UndoingImport,
    /// Undoing a note.
    UndoingNote,
    /// Setting how long to wait for a lock.
    SettingLockWait,
    /// Searching.
    Searching,
    /// Redoing.
    Redoing,
    /// Reading the size.
    ReadingSize,
    /// Reading the schema.
    ReadingSchema,
    /// Reading the schema version.
    ReadingSchemaVersion,
    /// Reading the journal mode.
    ReadingJournalMode,
    /// Reading the access log.
    ReadingAccessLog,
    /// Reading a figure.
    ReadingFigure,
    /// Limiting the size.
    LimitingSize,
    /// Indexing a project for search.
    IndexingProject,
    /// Importing projects.
    ImportingProjects,
    /// Finishing the backup.
    FinishingBackup,
    /// Finding your last undo.
    FindingLastUndo,
    /// Finding a project in the list.
    FindingProjectInList,
    /// Deleting or restoring a project.
    DeletingOrRestoring,
    /// Deleting a project.
    DeletingProject,
    /// Creating the backup.
    CreatingBackup,
    /// Correcting the seed.
    CorrectingSeed,
    /// Checking the dates.
    CheckingDates,
    /// Checking the database.
    CheckingDatabase,
    /// Checking for the same figure.
    CheckingSameFigure,
    /// Checking for changes.
    CheckingForChanges,
    /// Adding up projects.
    AddingUpProjects,
    /// Taking back.
    TakingBack,
    /// Stepping past your last change.
    SteppingPastLastChange,
    /// Trying the undo.
    TryingUndo,
    /// Adding a meeting.
    AddingMeeting,
    /// Adding an agreement.
    AddingAgreement,
    /// Changing a meeting.
    ChangingMeeting,
    /// Changing an agreement.
    ChangingAgreement,
    /// Changing a meeting or an agreement.
    ChangingMeetingOrAgreement,
    /// Linking a project.
    LinkingProject,
    /// Unlinking a project.
    UnlinkingProject,
    /// Adding an update to an agreement.
    NotingAgreement,
    /// Reading a meeting or an agreement.
    ReadingMeetingOrAgreement,
    /// Reading a meeting.
    ReadingMeeting,
    /// Reading the meetings.
    ReadingMeetings,
    /// Reading an agreement.
    ReadingAgreement,
    /// Reading the agreements.
    ReadingAgreements,
    /// Reading an agreement's updates.
    ReadingAgreementUpdates,
    /// Reading the audit log.
    ReadingAuditLog,
    /// Reading what changed.
    ReadingDigest,
    /// Reading where the projects stand.
    ReadingPlaces,
    /// Setting a field of a project.
    SettingField(Field),
    /// Undoing or redoing the change of a field.
    UndoingField(Field),
}

impl Operation {
    /// One of each operation (a field stands for all), for checks that every one is
    /// worded in every language: a new operation goes here too.
    pub const EVERY: &[Operation] = &[
        Operation::ReadingHistory,
        Operation::ReadingSources,
        Operation::UpgradingSchema,
        Operation::ReadingPeople,
        Operation::ReadingFigures,
        Operation::CreatingSchema,
        Operation::Importing,
        Operation::CreatingDatabase,
        Operation::CheckingSource,
        Operation::AddingPerson,
        Operation::WritingAuditLog,
        Operation::WritingAccessLog,
        Operation::Summarising,
        Operation::SettingUpConnection,
        Operation::RemovingPerson,
        Operation::RemovingFigure,
        Operation::RecordingFigure,
        Operation::RebuildingSearchIndex,
        Operation::ReadingUpdates,
        Operation::ReadingChange,
        Operation::ReadingProjectNames,
        Operation::ReadingProject,
        Operation::OpeningDatabase,
        Operation::ListingSectors,
        Operation::ListingProjects,
        Operation::FindingLastChange,
        Operation::FindingProject,
        Operation::CorrectingFigure,
        Operation::CheckingRole,
        Operation::CheckingReportedFigures,
        Operation::CheckingHistory,
        Operation::CheckingFigures,
        Operation::ChangingRole,
        Operation::ChangingProject,
        Operation::BackingUp,
        Operation::AddingUpdate,
        Operation::AddingSource,
        Operation::AddingProject,
        Operation::WatchingCount,
        Operation::Undoing,
        Operation::UndoingImport,
        Operation::UndoingNote,
        Operation::SettingLockWait,
        Operation::Searching,
        Operation::Redoing,
        Operation::ReadingSize,
        Operation::ReadingSchema,
        Operation::ReadingSchemaVersion,
        Operation::ReadingJournalMode,
        Operation::ReadingAccessLog,
        Operation::ReadingFigure,
        Operation::LimitingSize,
        Operation::IndexingProject,
        Operation::ImportingProjects,
        Operation::FinishingBackup,
        Operation::FindingLastUndo,
        Operation::FindingProjectInList,
        Operation::DeletingOrRestoring,
        Operation::DeletingProject,
        Operation::CreatingBackup,
        Operation::CorrectingSeed,
        Operation::CheckingDates,
        Operation::CheckingDatabase,
        Operation::CheckingSameFigure,
        Operation::CheckingForChanges,
        Operation::AddingUpProjects,
        Operation::TakingBack,
        Operation::SteppingPastLastChange,
        Operation::TryingUndo,
        Operation::AddingMeeting,
        Operation::AddingAgreement,
        Operation::ChangingMeeting,
        Operation::ChangingAgreement,
        Operation::ChangingMeetingOrAgreement,
        Operation::LinkingProject,
        Operation::UnlinkingProject,
        Operation::NotingAgreement,
        Operation::ReadingMeetingOrAgreement,
        Operation::ReadingMeeting,
        Operation::ReadingMeetings,
        Operation::ReadingAgreement,
        Operation::ReadingAgreements,
        Operation::ReadingAgreementUpdates,
        Operation::ReadingAuditLog,
        Operation::ReadingDigest,
        Operation::ReadingPlaces,
        Operation::SettingField(Field::Name),
        Operation::UndoingField(Field::Status),
    ];
}
