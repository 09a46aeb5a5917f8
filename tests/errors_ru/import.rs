//! Every import problem, at every kind of place, in English and in Russian.

use ortaq::domain::{DomainError, Field, Problem};
use ortaq::i18n::Lang;

use super::{TYPED, english_words, in_language};

fn every_import_problem() -> Vec<ortaq::exchange::ImportProblem> {
    use ortaq::exchange::decode::NotText;
    use ortaq::exchange::{ImportProblem, Issue, Item, Place};
    let not_text = [
        NotText::Empty,
        NotText::OnlyByteOrderMark("UTF-8"),
        NotText::Spreadsheet("xlsx"),
        NotText::Binary,
        NotText::Utf16WithoutBom,
        NotText::Invalid {
            encoding: "windows-1251",
            declared: true,
        },
        NotText::Invalid {
            encoding: "windows-1251",
            declared: false,
        },
    ];
    let mut issues: Vec<Issue> = not_text.into_iter().map(Issue::NotText).collect();
    issues.extend([
        Issue::Domain(DomainError::new(Problem::NoteEmpty)),
        Issue::NoRows,
        Issue::NothingInFile,
        Issue::Workbook("сбой".into()),
        Issue::CellError("#DIV/0!".into()),
        Issue::Header("сбой".into()),
        Issue::Row("сбой".into()),
        Issue::ColumnTwice(Field::Region),
        Issue::NoNameColumn,
        Issue::UnknownColumn {
            column: 2,
            name: TYPED.into(),
            closest: None,
        },
        Issue::UnknownColumn {
            column: 2,
            name: TYPED.into(),
            closest: Some(Field::Sector),
        },
        Issue::TotalsRowSkipped("Итого".into()),
        Issue::NoteColumnLeftOut {
            column: 8,
            name: TYPED.into(),
        },
        Issue::MillionsSuspected {
            column: 3,
            name: TYPED.into(),
            largest: "3400".into(),
        },
        Issue::FormulaWithoutResult("=F5+F8".into()),
        Issue::NoSuchSheet {
            name: TYPED.into(),
            sheets: vec!["2023".into(), "2024".into()],
        },
        Issue::SeveralSheets(vec!["2023".into(), "2024".into()]),
        Issue::Encrypted,
        Issue::TextNamedAsWorkbook,
        Issue::UnnamedCell {
            column: 3,
            value: TYPED.into(),
        },
        Issue::SourceBareNumber("3".into()),
        Issue::Source("ни один источник не подходит".into()),
        Issue::NotJson("сбой".into()),
        Issue::NotDocument,
        Issue::NotDocumentFormat,
        Issue::NewerExport { found: 2, supported: 1 },
        Issue::NeedsVersion { supported: 1 },
        Issue::NotPartOfDocument(TYPED.into()),
        Issue::ExpectedArray("updates"),
        Issue::ExpectedFields,
        Issue::ExpectedObject,
        Issue::ExpectedScalar(Field::Investment),
        Issue::NotAKey {
            key: TYPED.into(),
            known: vec!["date", "text"],
        },
        Issue::ExpectedText("text".into()),
        Issue::DateNeeded("date".into()),
        Issue::ExpectedWholeNumber("value"),
        Issue::ExpectedBool("over"),
        Issue::FigureNeedsSource,
        Issue::SourceExpected,
        Issue::InKey("published", Box::new(Issue::ExpectedObject)),
    ]);
    let places = [
        Place::File,
        Place::Line(4),
        Place::Cell {
            sheet: 1,
            row: 3,
            column: Some(28),
        },
        Place::Cell {
            sheet: 1,
            row: 3,
            column: None,
        },
        Place::Item(Item::Record, 1),
        Place::Item(Item::Project, 2),
        Place::Item(Item::Source, 3),
        Place::Item(Item::Indicator, 4),
        Place::Update {
            item: Item::Project,
            index: 3,
            update: 1,
        },
    ];
    let mut problems = Vec::new();
    for place in places {
        problems.extend(issues.iter().cloned().map(|issue| ImportProblem { place, issue }));
    }
    problems
}

#[test]
fn every_import_problem_speaks_both_languages() {
    use ortaq::i18n::error::import_problem;
    // JSON keys and values of the export format are machine words, as codes are.
    const KEYS: &[&str] = &[
        "updates",
        "date",
        "text",
        "value",
        "over",
        "published",
        "format",
        "version",
        "null",
        "true",
        "false",
        "publisher",
        "title",
        "url",
        "id",
        "created_at",
        "updated_at",
        "JSON",
        "CSV",
        "UTF",
        "Excel",
        "LibreOffice",
        "xlsx",
        "xls",
        "ods",
        // A spreadsheet's column letters and error values are the same in every language.
        "AB",
        "DIV",
        "windows",
        "export",
        // Options of `import` and their values, typed as they are in every language.
        "sheet",
        "csv",
        "unit",
        "millions",
        "dollars",
    ];
    for problem in every_import_problem() {
        let english = in_language(Lang::En, || import_problem(&problem));
        let russian = in_language(Lang::Ru, || import_problem(&problem));
        assert_eq!(english, problem.to_string(), "Display is the English rendering");
        let left: Vec<String> = english_words(&russian)
            .into_iter()
            .filter(|w| !KEYS.contains(&w.as_str()))
            .collect();
        assert!(left.is_empty(), "English in Russian: {left:?} in {russian:?}");
        assert!(!russian.contains("err-") && !russian.contains('{'), "{russian}");
    }
}
