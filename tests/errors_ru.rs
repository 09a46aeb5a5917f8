//! Every error ortaq can show, rendered in English and in Russian: English keeps its
//! sentences, Russian has no English word left (data, codes and commands aside), and
//! counts take the Russian plural forms.

use std::path::PathBuf;

use ortaq::domain::{DateProblem, DomainError, Field, NumberProblem, Problem, SourcePart};
use ortaq::i18n::error::{domain_error, store_error};
use ortaq::i18n::{Lang, set_language};
use ortaq::store::{Change, IoAction, Revert, StoreError};

/// Import problems, in both languages.
#[path = "errors_ru/import.rs"]
mod import;

/// Data typed by a person, in Cyrillic so that any Latin word left is ortaq's own.
const TYPED: &str = "абв";

fn every_problem() -> Vec<DomainError> {
    let typed = || TYPED.to_string();
    let number_problems = [
        NumberProblem::Empty,
        NumberProblem::Negative,
        NumberProblem::Ambiguous,
        NumberProblem::NotWhole,
        NumberProblem::TooLarge { ceiling: 1_000_000 },
        NumberProblem::NotANumber,
    ];
    let date_problems = [
        DateProblem::NotADate,
        DateProblem::ImpossibleYear,
        DateProblem::YearOutOfRange { min: 1900, max: 2100 },
        DateProblem::NoSuchMonth,
        DateProblem::NoSuchDay,
        DateProblem::NotStored,
        DateProblem::Unspecified,
        DateProblem::Time,
        DateProblem::Set,
        DateProblem::Grouping,
        DateProblem::PartlyQualified,
        DateProblem::NotInSubset,
        DateProblem::EndBeforeStart,
        DateProblem::NotCalendar,
        DateProblem::Future,
    ];
    let mut problems = Vec::new();
    for problem in number_problems {
        problems.push(Problem::Money {
            input: typed(),
            problem,
        });
        problems.push(Problem::Count {
            input: typed(),
            problem,
        });
    }
    for problem in date_problems {
        problems.push(Problem::Date {
            input: typed(),
            problem,
        });
    }
    problems.extend([
        Problem::UnknownStatus { input: typed() },
        Problem::UnknownCountry { input: typed() },
        Problem::UnknownField { input: typed() },
        Problem::UnknownMetric { input: typed() },
        Problem::UnknownQualifier { input: typed() },
        Problem::SourceOfUnknownFigure,
        Problem::NotSourceId { input: typed() },
        Problem::NameRequired,
        Problem::GivenTwice,
        Problem::TooLong {
            length: 301,
            limit: 300,
        },
        Problem::NoteEmpty,
        Problem::NoteTooLong {
            length: 20_001,
            limit: 20_000,
        },
        Problem::SourceNeeds {
            part: SourcePart::Publisher,
        },
        Problem::SourceNeeds {
            part: SourcePart::Title,
        },
        Problem::ScopeRequired,
        Problem::FigureNegative,
    ]);
    let mut errors: Vec<DomainError> = problems.iter().cloned().map(DomainError::new).collect();
    // Each also said of every field it can be typed into.
    for field in Field::ALL {
        errors.extend(problems.iter().cloned().map(|p| DomainError::new(p).in_field(field)));
    }
    errors
}

fn change(field: &str, old: Option<&str>, new: Option<&str>) -> Change {
    Change {
        id: 1,
        edit: 1,
        project_id: 5,
        field: field.into(),
        old_value: old.map(str::to_string),
        new_value: new.map(str::to_string),
        author: "боб".into(),
        changed_at: "2026-11-23T10:15:00Z".into(),
    }
}

fn every_store_error() -> Vec<StoreError> {
    let path = || PathBuf::from("/данные/база.db");
    let at = || "2026-11-23T10:15:00Z".to_string();
    let changes = vec![
        change("created", None, Some("Завод")),
        change("investment", None, Some("12500000")),
        change("note", Some("старая"), None),
        change("deleted", None, Some("x")),
    ];
    let io = |action, kind| StoreError::Io {
        path: path(),
        action,
        error: std::io::Error::from(kind),
    };
    use std::io::ErrorKind;
    vec![
        StoreError::NotSqlite { path: path() },
        StoreError::EmptyFile { path: path() },
        StoreError::ForeignDatabase { path: path() },
        StoreError::Corrupt {
            path: path(),
            detail: "сбой".into(),
        },
        StoreError::NewerSchema {
            path: path(),
            found: 9,
            supported: 8,
        },
        StoreError::ReadOnly { path: path() },
        StoreError::ReadOnly { path: PathBuf::new() },
        StoreError::CannotFollow { path: path() },
        StoreError::ReadOnlyNeedsUpgrade {
            path: path(),
            supported: 8,
        },
        StoreError::Busy,
        StoreError::Full,
        StoreError::Conflict {
            project: 5,
            author: Some("боб".into()),
            at: at(),
            changes: changes.clone(),
            current_version: 4,
        },
        StoreError::Conflict {
            project: 5,
            author: None,
            at: at(),
            changes: Vec::new(),
            current_version: 4,
        },
        StoreError::NoSuchVersion {
            project: 1,
            given: 99,
            current: 4,
        },
        StoreError::TotalsTooLarge,
        StoreError::NotFound(TYPED.into()),
        StoreError::Deleted { project: 5, undo: true },
        StoreError::Deleted {
            project: 5,
            undo: false,
        },
        StoreError::Ambiguous {
            reference: TYPED.into(),
            count: 7,
            candidates: vec![(2, "Завод".into()), (3, "Фабрика".into())],
        },
        StoreError::Domain(DomainError::new(Problem::NameRequired).in_field(Field::Name)),
        StoreError::AlreadyDeleted { project: 5 },
        StoreError::NotDeleted { project: 5 },
        StoreError::NoSuchSource { id: 99 },
        StoreError::NoSourceMatches {
            reference: TYPED.into(),
        },
        StoreError::SourceAmbiguous {
            reference: TYPED.into(),
            ids: vec![1, 2],
        },
        StoreError::NoSourceTitled { title: TYPED.into() },
        StoreError::NothingToUndo {
            author: "боб".into()
        },
        StoreError::NothingToRedo {
            author: "боб".into()
        },
        StoreError::DeletedOrRestoredSince { project: 5 },
        StoreError::DeletedSince {
            revert: Revert::Undo,
            project: 5,
        },
        StoreError::DeletedSince {
            revert: Revert::Redo,
            project: 5,
        },
        StoreError::ChangedSince {
            revert: Revert::Undo,
            project: 5,
            field: "investment".into(),
            by: Some(("боб".into(), at())),
        },
        StoreError::ChangedSince {
            revert: Revert::Redo,
            project: 5,
            field: "status".into(),
            by: None,
        },
        StoreError::CreationChangedSince {
            project: 5,
            author: "боб".into(),
            at: at(),
        },
        StoreError::UndoNotStuck { edit: 12 },
        StoreError::NothingWritten(Box::new(StoreError::NoSuchSource { id: 3 })),
        StoreError::FileExists { path: path() },
        io(IoAction::Opening, ErrorKind::NotFound),
        io(IoAction::OpeningReadOnly, ErrorKind::PermissionDenied),
        io(IoAction::Reading, ErrorKind::IsADirectory),
        io(IoAction::Creating, ErrorKind::AlreadyExists),
        io(IoAction::CreatingDirectory, ErrorKind::NotADirectory),
        io(IoAction::CreatingBackup, ErrorKind::StorageFull),
        io(IoAction::BackingUp, ErrorKind::ReadOnlyFilesystem),
        io(IoAction::RemovingTemporary, ErrorKind::NotFound),
        io(IoAction::Reading, ErrorKind::UnexpectedEof),
        io(IoAction::Creating, ErrorKind::QuotaExceeded),
        io(IoAction::Creating, ErrorKind::FileTooLarge),
        io(IoAction::Opening, ErrorKind::ResourceBusy),
        io(IoAction::Creating, ErrorKind::InvalidFilename),
        StoreError::Refused {
            context: "запись".into(),
            detail: "ограничение".into(),
        },
        StoreError::Internal("сбой".into()),
    ]
}

fn in_language(lang: Lang, render: impl Fn() -> String) -> String {
    set_language(lang);
    let text = render();
    set_language(Lang::En);
    text
}

/// Latin words left once the allowed ones are taken out: commands in backquotes, codes
/// (statuses, countries, metrics, fields as typed in `set`), the names of programs.
fn english_words(text: &str) -> Vec<String> {
    const ALLOWED: &[&str] = &[
        "ortaq",
        "SQLite",
        "EDTF",
        "db",
        "wal",
        "shm",
        "KZ",
        "UZ",
        "proposed",
        "agreed",
        "construction",
        "operating",
        "suspended",
        "cancelled",
        "projects",
        "investment",
        "jobs",
        "portfolio",
        "implemented",
        "name",
        "name_ru",
        "country",
        "region",
        "sector",
        "status",
        "jobs_planned",
        "jobs_created",
        "trade_contracts",
        "trade_contracts_value",
        "partners",
        "started",
        "completed",
        "description",
        "source",
        "status_source",
        "investment_source",
        "jobs_planned_source",
        "jobs_created_source",
        "latitude",
        "longitude",
    ];
    let mut outside_commands = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            outside_commands.push_str(part);
            outside_commands.push(' ');
        }
    }
    outside_commands
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '_'))
        .filter(|word| word.len() > 1 && !ALLOWED.contains(word))
        .map(str::to_string)
        .collect()
}

fn check(english: &str, russian: &str) {
    for text in [english, russian] {
        assert!(
            !text.is_empty() && !text.contains("err-"),
            "a message is missing: {text:?}"
        );
        assert!(
            !text.contains('{') && !text.contains('}'),
            "a variable is left: {text:?}"
        );
        assert!(!text.chars().any(|c| matches!(c, '\u{2066}'..='\u{2069}')), "{text:?}");
    }
    assert_ne!(english, russian);
    let left = english_words(russian);
    assert!(left.is_empty(), "English in Russian: {left:?} in {russian:?}");
}

#[test]
fn the_check_finds_english() {
    assert_eq!(english_words("сумма: the amount «абв»"), ["the", "amount"]);
    assert!(english_words("см. `ortaq source list`; KZ+UZ, proposed").is_empty());
}

#[test]
fn every_domain_error_speaks_both_languages() {
    for error in every_problem() {
        let english = in_language(Lang::En, || domain_error(&error));
        let russian = in_language(Lang::Ru, || domain_error(&error));
        assert_eq!(english, error.to_string(), "Display is the English rendering");
        check(&english, &russian);
        assert!(!english.contains("investment: investment"), "{english}");
    }
}

#[test]
fn every_store_error_speaks_both_languages() {
    for error in every_store_error() {
        let english = in_language(Lang::En, || store_error(&error));
        let russian = in_language(Lang::Ru, || store_error(&error));
        assert_eq!(english, error.to_string(), "Display is the English rendering");
        check(&english, &russian);
    }
}

#[test]
fn english_sentences_are_kept() {
    let cases: Vec<(StoreError, &str)> = vec![
        (
            StoreError::Busy,
            "the database is busy: another user has been writing for too long; nothing was written, try again",
        ),
        (
            StoreError::NothingToUndo { author: "bob".into() },
            "bob has no change left to undo",
        ),
        (StoreError::NotFound("zz".into()), "no project matches \"zz\""),
        (
            StoreError::NothingWritten(Box::new(StoreError::NoSuchSource { id: 99 })),
            "source: there is no source #99; see `ortaq source list`; nothing was written",
        ),
        (
            StoreError::Ambiguous {
                reference: "factory".into(),
                count: 3,
                candidates: vec![(2, "A".into()), (3, "B".into())],
            },
            "\"factory\" matches 3 projects: #2 A, #3 B, …; give the id or more of the name",
        ),
    ];
    for (error, expected) in cases {
        assert_eq!(in_language(Lang::En, || store_error(&error)), expected);
    }
    let country = DomainError::new(Problem::UnknownCountry { input: "Russia".into() }).in_field(Field::Country);
    assert_eq!(
        country.to_string(),
        "country: \"Russia\" is not a country; use KZ (Kazakhstan), UZ (Uzbekistan) or KZ+UZ (both)"
    );
}

#[test]
fn the_russian_conflict_reads_naturally() {
    let error = StoreError::Conflict {
        project: 5,
        author: Some("bob".into()),
        at: "2026-11-23T10:15:00Z".into(),
        changes: vec![change("investment", None, Some("12500000"))],
        current_version: 4,
    };
    assert_eq!(
        in_language(Lang::Ru, || store_error(&error)),
        "проект №5 изменён пользователем bob в 23.11.2026 10:15 (инвестиции: — → $12\u{a0}500\u{a0}000) \
         после того, как вы начали; ничего не записано"
    );
}

#[test]
fn counts_take_the_russian_plural_forms() {
    for (count, words) in [
        (2, "подходят 2 проекта"),
        (5, "подходят 5 проектов"),
        (11, "подходят 11 проектов"),
        (21, "подходит 21 проект"),
        (22, "подходят 22 проекта"),
        (111, "подходят 111 проектов"),
    ] {
        let error = StoreError::Ambiguous {
            reference: TYPED.into(),
            count,
            candidates: vec![(1, "А".into())],
        };
        let text = in_language(Lang::Ru, || store_error(&error));
        assert!(text.contains(words), "{count}: {text}");
    }
    for (length, words) in [
        (301, "301 символ "),
        (302, "302 символа "),
        (305, "305 символов "),
        (311, "311 символов "),
    ] {
        let error = DomainError::new(Problem::TooLong { length, limit: 300 });
        let text = in_language(Lang::Ru, || domain_error(&error));
        assert!(text.starts_with(words), "{length}: {text}");
    }
}

#[test]
fn the_ceiling_is_written_as_the_language_writes_numbers() {
    let error = DomainError::new(Problem::Money {
        input: "1e12".into(),
        problem: NumberProblem::TooLarge {
            ceiling: 100_000_000_000,
        },
    });
    assert!(error.to_string().contains("$100,000,000,000"), "{error}");
    let russian = in_language(Lang::Ru, || domain_error(&error));
    assert!(russian.contains("$100\u{a0}000\u{a0}000\u{a0}000"), "{russian}");
    assert!(russian.contains("«1e12»"), "{russian}");
}

/// An OS error inside a Russian sentence of the command line (a file to import, an
/// export's target) was the system's English (`No such file or directory (os error 2)`).
#[test]
fn an_os_error_in_a_chain_is_said_in_russian() {
    for (code, russian) in [
        (2, "нет такого файла или папки"),
        (13, "нет прав доступа"),
        (21, "это папка"),
    ] {
        let error = anyhow::Error::new(std::io::Error::from_raw_os_error(code)).context("файл: не удалось прочитать");
        let said = in_language(Lang::Ru, || ortaq::i18n::error::chain(&error));
        assert!(said.contains(russian), "{said}");
        assert!(english_words(&said).is_empty(), "{said}");
        let english = in_language(Lang::En, || ortaq::i18n::error::chain(&error));
        assert!(
            english.contains("os error"),
            "English keeps the system's words: {english}"
        );
    }
}
