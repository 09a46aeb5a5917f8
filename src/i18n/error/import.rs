//! Import problems in words, per language: where (`line 4`, `project 3, update 1`)
//! and what is wrong with the file or the row.

use super::{domain_error_in, quoted};
use crate::exchange::FORMAT;
use crate::exchange::decode::NotText;
use crate::exchange::{ImportProblem, Issue, Item, Place};
use crate::i18n::{Arg, Lang, message_in};

/// An import problem in `lang`: its place, then what is wrong, made safe for a terminal.
pub(super) fn render(lang: Lang, problem: &ImportProblem) -> String {
    let issue = crate::domain::text::for_terminal(&issue(lang, &problem.issue)).into_owned();
    match place(lang, problem.place) {
        None => issue,
        Some(place) => message_in(
            lang,
            "err-import-at",
            &[("place", place.into()), ("issue", issue.into())],
        ),
    }
}

pub(super) fn place(lang: Lang, place: Place) -> Option<String> {
    let number = |n: usize| Arg::from(n.to_string());
    Some(match place {
        Place::File => return None,
        Place::Line(line) => message_in(lang, "err-place-line", &[("line", line.to_string().into())]),
        Place::Cell { sheet, row, column } => {
            let (sheet, row) = (number(sheet), Arg::from(row.to_string()));
            match column {
                Some(column) => message_in(
                    lang,
                    "err-place-cell",
                    &[
                        ("sheet", sheet),
                        ("row", row),
                        ("column", column_letters(column).into()),
                    ],
                ),
                None => message_in(lang, "err-place-row", &[("sheet", sheet), ("row", row)]),
            }
        }
        Place::Item(item, index) => message_in(lang, item_id(item), &[("index", number(index))]),
        Place::Update { item, index, update } => {
            let item = message_in(lang, item_id(item), &[("index", number(index))]);
            message_in(
                lang,
                "err-place-update",
                &[("item", item.into()), ("update", number(update))],
            )
        }
    })
}

/// A 1-based column as a spreadsheet names it: 1 is A, 27 is AA.
fn column_letters(mut column: usize) -> String {
    let mut letters = Vec::new();
    while column > 0 {
        let rest = (column - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rest).unwrap_or(0)));
        column = (column - 1) / 26;
    }
    letters.iter().rev().collect()
}

fn item_id(item: Item) -> &'static str {
    match item {
        Item::Record => "err-place-record",
        Item::Project => "err-place-project",
        Item::Source => "err-place-source",
        Item::Indicator => "err-place-indicator",
    }
}

/// Why a file is not text ortaq reads, in `lang`.
pub(super) fn not_text(lang: Lang, error: &NotText) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| message_in(lang, id, args);
    match error {
        NotText::Empty => say("err-not-text-empty", &[]),
        NotText::OnlyByteOrderMark(encoding) => say("err-not-text-bom-only", &[("encoding", (*encoding).into())]),
        NotText::Spreadsheet(kind) => say("err-not-text-spreadsheet", &[("kind", (*kind).into())]),
        NotText::Binary => say("err-not-text-binary", &[]),
        NotText::Utf16WithoutBom => say("err-not-text-utf16", &[]),
        NotText::Invalid { encoding, declared } => {
            let id = if *declared {
                "err-not-text-invalid-declared"
            } else {
                "err-not-text-invalid"
            };
            say(id, &[("encoding", (*encoding).into())])
        }
    }
}

/// A spreadsheet's error value (as calamine names it, in English) as Excel shows it in
/// `lang`: a Russian Excel shows `#ДЕЛ/0!` where an English one shows `#DIV/0!`. An
/// error not known here stays as it was given.
fn spreadsheet_error(lang: Lang, value: &str) -> String {
    let id = match value {
        "#DIV/0!" => "excel-error-div0",
        "#N/A" => "excel-error-na",
        "#NAME?" => "excel-error-name",
        "#NULL!" => "excel-error-null",
        "#NUM!" => "excel-error-num",
        "#REF!" => "excel-error-ref",
        "#VALUE!" => "excel-error-value",
        "#DATA!" | "#GETTING_DATA" => "excel-error-getting-data",
        _ => return value.to_string(),
    };
    message_in(lang, id, &[])
}

/// serde_json's account of bad JSON (`expected value at line 1 column 48`) in `lang`: the
/// common reasons in words, with the line and column; another reason is quoted as given.
fn json_detail(lang: Lang, detail: &str) -> String {
    if lang == Lang::En {
        return detail.to_string();
    }
    let (reason, place) = match detail.rsplit_once(" at line ") {
        Some((reason, place)) => (reason, place.split_once(" column ")),
        None => (detail, None),
    };
    let id = match reason {
        "EOF while parsing a list"
        | "EOF while parsing an object"
        | "EOF while parsing a string"
        | "EOF while parsing a value" => "json-eof",
        "expected value" | "expected ident" => "json-expected-value",
        "expected `:`" => "json-expected-colon",
        "expected `,` or `]`" => "json-expected-comma-or-bracket",
        "expected `,` or `}`" => "json-expected-comma-or-brace",
        "key must be a string" => "json-key-not-string",
        "trailing characters" => "json-trailing-characters",
        "trailing comma" => "json-trailing-comma",
        "invalid escape" => "json-invalid-escape",
        "invalid number" => "json-invalid-number",
        "number out of range" => "json-number-out-of-range",
        "control character (\\u0000-\\u001F) found while parsing a string" => "json-control-character",
        _ => "",
    };
    let reason = if id.is_empty() {
        message_in(lang, "json-other", &[("detail", Arg::from(quoted(lang, reason)))])
    } else {
        message_in(lang, id, &[])
    };
    match place {
        Some((line, column)) => message_in(
            lang,
            "json-at",
            &[
                ("reason", reason.into()),
                ("line", Arg::from(line)),
                ("column", Arg::from(column)),
            ],
        ),
        None => reason,
    }
}

fn issue(lang: Lang, issue: &Issue) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| message_in(lang, id, args);
    let text = |name: &'static str, value: &str| (name, Arg::from(value));
    match issue {
        Issue::Domain(error) => domain_error_in(lang, error),
        Issue::NotText(error) => not_text(lang, error),
        Issue::NoRows => say("err-import-no-rows", &[]),
        Issue::NothingInFile => say("err-import-nothing", &[]),
        Issue::Header(detail) => say("err-import-header", &[text("detail", detail)]),
        Issue::Row(detail) => say("err-import-row", &[text("detail", detail)]),
        Issue::ColumnTwice(field) => say("err-import-column-twice", &[text("field", field.name())]),
        Issue::NoNameColumn => say("err-import-no-name-column", &[]),
        Issue::UnknownColumn {
            column,
            name,
            closest: Some(field),
        } => say(
            "err-import-unknown-column-near",
            &[
                text("column", &column.to_string()),
                text("name", &quoted(lang, name)),
                text("field", &field_with_label(lang, *field)),
            ],
        ),
        Issue::UnknownColumn { column, name, .. } => {
            let fields: Vec<&str> = crate::domain::Field::ALL.iter().map(|f| f.name()).collect();
            say(
                "err-import-unknown-column",
                &[
                    text("column", &column.to_string()),
                    text("name", &quoted(lang, name)),
                    text("fields", &fields.join(", ")),
                ],
            )
        }
        Issue::PeriodColumn { column, name } => say(
            "err-import-period-column",
            &[
                text("column", &column.to_string()),
                text("name", &quoted(lang, name)),
                text("started", &field_with_label(lang, crate::domain::Field::Started)),
                text("completed", &field_with_label(lang, crate::domain::Field::Completed)),
            ],
        ),
        Issue::UnnamedCell { column, value } => say(
            "err-import-unnamed-cell",
            &[text("column", &column.to_string()), text("value", &quoted(lang, value))],
        ),
        Issue::Workbook(detail) => say("err-import-workbook", &[text("detail", detail)]),
        Issue::CellError(value) => say(
            "err-import-cell-error",
            &[text("value", &spreadsheet_error(lang, value))],
        ),
        Issue::SourceBareNumber(number) => say(
            "err-import-bare-number",
            &[text("input", &quoted(lang, number)), text("number", number)],
        ),
        Issue::Source(detail) => source(lang, detail),
        Issue::TooLarge { limit } => say("err-import-too-large", &[("limit", size(lang, *limit).into())]),
        Issue::TooManyRows { limit } => say(
            "err-import-too-many-rows",
            &[("limit", Arg::Count(i64::try_from(*limit).unwrap_or(i64::MAX)))],
        ),
        Issue::CellTooLarge { bytes, limit } => say(
            "err-import-cell-too-large",
            &[
                ("size", size(lang, u64::try_from(*bytes).unwrap_or(u64::MAX)).into()),
                ("limit", size(lang, u64::try_from(*limit).unwrap_or(u64::MAX)).into()),
            ],
        ),
        Issue::UnpacksTooLarge { part, limit } => say(
            "err-import-unpacks-too-large",
            &[text("part", &quoted(lang, part)), ("limit", size(lang, *limit).into())],
        ),
        other => workbook(lang, other).unwrap_or_else(|| document(lang, other)),
    }
}

/// What a ministry's workbook brings that is read past (said) or refused with the way
/// out; `None` for any other issue.
fn workbook(lang: Lang, issue: &Issue) -> Option<String> {
    let say = |id: &str, args: &[(&str, Arg)]| message_in(lang, id, args);
    let text = |name: &'static str, value: &str| (name, Arg::from(value));
    let names = |names: &[String]| names.iter().map(|n| quoted(lang, n)).collect::<Vec<_>>().join(", ");
    Some(match issue {
        Issue::TotalsRowSkipped(label) => say("err-import-totals-skipped", &[text("label", &quoted(lang, label))]),
        Issue::NoteColumnLeftOut { column, name } => say(
            "err-import-note-column",
            &[text("column", &column.to_string()), text("name", &quoted(lang, name))],
        ),
        Issue::MillionsSuspected { column, name, largest } => say(
            "err-import-millions",
            &[
                text("column", &column.to_string()),
                text("name", &quoted(lang, name)),
                text("largest", largest),
            ],
        ),
        Issue::FormulaWithoutResult(formula) => say(
            "err-import-formula-no-result",
            &[text("formula", &quoted(lang, formula))],
        ),
        Issue::NoSuchSheet { name, sheets } => say(
            "err-import-no-such-sheet",
            &[text("name", &quoted(lang, name)), text("sheets", &names(sheets))],
        ),
        Issue::SeveralSheets(sheets) => say("err-import-several-sheets", &[text("sheets", &names(sheets))]),
        Issue::Encrypted => say("err-import-encrypted", &[]),
        Issue::TextNamedAsWorkbook => say("err-import-text-named-workbook", &[]),
        Issue::NotAnId(value) => say("err-import-not-an-id", &[text("value", &quoted(lang, value))]),
        _ => return None,
    })
}

/// A field as the language spoken names it, as a header would: `sector` in English,
/// «отрасль» in Russian (never the English code on a Russian screen: a Russian header
/// of that word is read as the field).
fn field_with_label(lang: Lang, field: crate::domain::Field) -> String {
    let label = super::field_name(lang, field);
    if label == field.name() {
        label
    } else {
        quoted(lang, &label)
    }
}

/// A number of bytes as a limit is set: `64 MiB`, `64 KiB`, else in bytes.
fn size(lang: Lang, bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    let count = |n: u64| Arg::Count(i64::try_from(n).unwrap_or(i64::MAX));
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        message_in(lang, "err-size-mib", &[("n", count(bytes / MIB))])
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        message_in(lang, "err-size-kib", &[("n", count(bytes / KIB))])
    } else {
        message_in(lang, "err-size-bytes", &[("n", count(bytes))])
    }
}

/// A source the resolver did not find, in its words, said of the source column once.
fn source(lang: Lang, detail: &str) -> String {
    let field = super::field_name(lang, crate::domain::Field::Source);
    if detail.starts_with(&field) {
        detail.to_string()
    } else {
        message_in(lang, "err-import-source", &[("detail", detail.into())])
    }
}

/// Problems with the shape of a JSON document.
fn document(lang: Lang, problem: &Issue) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| message_in(lang, id, args);
    let text = |name: &'static str, value: &str| (name, Arg::from(value));
    let format = || text("format", FORMAT);
    let key = |key: &str| text("key", key);
    match problem {
        Issue::NotJson(detail) => say("err-import-not-json", &[text("detail", &json_detail(lang, detail))]),
        Issue::NotDocument => say("err-import-not-document", &[format()]),
        Issue::NotDocumentFormat => say("err-import-not-document-format", &[format()]),
        Issue::NewerExport { found, supported } => say(
            "err-import-newer",
            &[
                text("found", &found.to_string()),
                text("supported", &supported.to_string()),
            ],
        ),
        Issue::NeedsVersion { supported } => {
            say("err-import-needs-version", &[text("supported", &supported.to_string())])
        }
        Issue::NotPartOfDocument(name) => say("err-import-not-part", &[text("key", &quoted(lang, name)), format()]),
        Issue::ExpectedArray(name) => say("err-import-expected-array", &[key(name)]),
        Issue::ExpectedFields => say("err-import-expected-fields", &[]),
        Issue::ExpectedObject => say("err-import-expected-object", &[]),
        Issue::ExpectedScalar(field) => say("err-import-expected-scalar", &[text("field", field.name())]),
        Issue::NotAKey { key: name, known } => say(
            "err-import-not-a-key",
            &[text("key", &quoted(lang, name)), text("keys", &known.join(", "))],
        ),
        Issue::ExpectedText(name) => say("err-import-expected-text", &[key(name)]),
        Issue::DateNeeded(name) => say("err-import-date-needed", &[key(name)]),
        Issue::ExpectedWholeNumber(name) => say("err-import-whole-number", &[key(name)]),
        Issue::ExpectedBool(name) => say("err-import-bool", &[key(name)]),
        Issue::FigureNeedsSource => say("err-import-figure-source", &[]),
        Issue::SourceExpected => say("err-import-source-expected", &[]),
        Issue::InKey(name, inner) => say("err-import-in-key", &[key(name), text("issue", &issue(lang, inner))]),
        // Said by `issue` above; named so that a new one cannot go unsaid.
        Issue::Domain(_)
        | Issue::NotText(_)
        | Issue::NoRows
        | Issue::NothingInFile
        | Issue::Header(_)
        | Issue::Row(_)
        | Issue::ColumnTwice(_)
        | Issue::NoNameColumn
        | Issue::UnknownColumn { .. }
        | Issue::PeriodColumn { .. }
        | Issue::UnnamedCell { .. }
        | Issue::Workbook(_)
        | Issue::CellError(_)
        | Issue::SourceBareNumber(_)
        | Issue::Source(_)
        | Issue::TooLarge { .. }
        | Issue::TooManyRows { .. }
        | Issue::CellTooLarge { .. }
        | Issue::UnpacksTooLarge { .. }
        | Issue::TotalsRowSkipped(_)
        | Issue::NoteColumnLeftOut { .. }
        | Issue::MillionsSuspected { .. }
        | Issue::FormulaWithoutResult(_)
        | Issue::NoSuchSheet { .. }
        | Issue::SeveralSheets(_)
        | Issue::Encrypted
        | Issue::TextNamedAsWorkbook
        | Issue::NotAnId(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Russian reader sees the error value their Excel shows (it was `#DIV/0!`).
    #[test]
    fn an_excel_error_is_named_as_excel_shows_it_in_the_language() {
        let said = |lang, value: &str| {
            let problem = ImportProblem {
                place: Place::File,
                issue: Issue::CellError(value.to_string()),
            };
            render(lang, &problem)
        };
        for (english, russian) in [
            ("#DIV/0!", "#ДЕЛ/0!"),
            ("#N/A", "#Н/Д"),
            ("#NAME?", "#ИМЯ?"),
            ("#NULL!", "#ПУСТО!"),
            ("#NUM!", "#ЧИСЛО!"),
            ("#REF!", "#ССЫЛКА!"),
            ("#VALUE!", "#ЗНАЧ!"),
        ] {
            let ru = said(Lang::Ru, english);
            assert!(ru.contains(russian) && !ru.contains(english), "{ru}");
            assert!(said(Lang::En, english).contains(english));
        }
        assert!(
            said(Lang::Ru, "#SPILL!").contains("#SPILL!"),
            "an unknown one stays as given"
        );
    }

    /// serde_json's English inside a Russian sentence («это неправильный JSON: expected
    /// value at line 1 column 48») is said in Russian; an uncommon reason is quoted.
    #[test]
    fn bad_json_is_described_in_the_language_spoken() {
        let said = |lang, detail: &str| {
            render(
                lang,
                &ImportProblem {
                    place: Place::File,
                    issue: Issue::NotJson(detail.to_string()),
                },
            )
        };
        let ru = said(Lang::Ru, "expected value at line 1 column 48");
        assert!(ru.contains("ожидалось значение (строка 1, позиция 48)"), "{ru}");
        assert!(!ru.contains("expected"), "{ru}");
        let eof = said(Lang::Ru, "EOF while parsing an object at line 3 column 0");
        assert!(eof.contains("файл обрывается"), "{eof}");
        let odd = said(Lang::Ru, "recursion limit exceeded at line 9 column 2");
        assert!(
            odd.contains("«recursion limit exceeded»") && odd.contains("строка 9"),
            "{odd}"
        );
        let en = said(Lang::En, "expected value at line 1 column 48");
        assert!(en.contains("expected value at line 1 column 48"), "{en}");
    }
}
