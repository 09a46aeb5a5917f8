//! CSV that a spreadsheet opens safely and ortaq reads back exactly.
//!
//! A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be taken
//! by Excel or LibreOffice as a formula (OWASP "CSV injection"), so it is written with a
//! leading apostrophe, which a spreadsheet shows as text. A value that really starts with
//! an apostrophe gets one more, so that reading strips exactly one and the round trip is
//! exact; an apostrophe before anything else is left alone on reading (a name such as
//! `'Uzbek-Kazakh' JV` typed by hand keeps it).

use std::borrow::Cow;

/// Characters that make a spreadsheet evaluate a cell, and the guard itself.
fn needs_guard(first: char) -> bool {
    // A line feed is no formula, but CSV reading turns a carriage return into one.
    matches!(first, '=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '\'')
}

/// The cell as written to CSV.
pub fn guard(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some(first) if needs_guard(first) => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// The stored value of a cell written by [`guard`].
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.chars().next().is_some_and(needs_guard) => rest,
        _ => cell,
    }
}

/// Rows as CSV (the first row is the header), every cell guarded. Writing to memory
/// cannot fail; a failure would show as a missing row, never as a panic.
pub fn write_csv(rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        if writer
            .write_record(row.iter().map(|cell| guard(cell).into_owned()))
            .is_err()
        {
            break;
        }
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formulas_are_written_as_text() {
        assert_eq!(guard("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(guard("+1"), "'+1");
        assert_eq!(guard("-2"), "'-2");
        assert_eq!(guard("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard("\tx"), "'\tx");
        assert_eq!(guard("'quoted"), "''quoted");
        assert_eq!(guard("Angren"), "Angren");
        assert_eq!(guard(""), "");
    }

    #[test]
    fn a_hand_typed_apostrophe_is_kept() {
        assert_eq!(unguard("'Uzbek-Kazakh' JV"), "'Uzbek-Kazakh' JV");
        assert_eq!(unguard("'=1+2"), "=1+2");
        assert_eq!(unguard("''x"), "'x");
    }

    #[test]
    fn csv_cells_are_guarded() {
        let csv = write_csv([vec!["name".into()], vec!["=1+2".into()]]);
        assert_eq!(csv, "name\n'=1+2\n");
    }

    proptest! {
        #[test]
        fn every_value_survives_the_round_trip(value in any::<String>()) {
            let guarded = guard(&value);
            prop_assert_eq!(unguard(&guarded), value.as_str());
        }
    }
}
