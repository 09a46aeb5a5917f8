//! The floors import one way (docs/architecture.md): `exchange` makes no sentence and
//! reaches no floor above it; `i18n` may word `exchange`'s typed problems but never
//! imports `report`, `tui` or `cli`; `report` never imports the edge.

use std::path::Path;

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("readable");
            found.push((path.display().to_string(), text));
        }
    }
    found
}

fn imports_above(floor: &str, above: &[&str]) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(floor);
    let mut wrong = Vec::new();
    for (path, text) in sources(&dir) {
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if above.iter().any(|word| code.contains(word)) {
                wrong.push(format!("{path}:{}: {line}", number + 1));
            }
        }
    }
    wrong
}

#[test]
fn exchange_makes_no_sentence_and_imports_nothing_above_it() {
    let wrong = imports_above(
        "exchange",
        &["crate::i18n", "crate::report", "crate::tui", "crate::cli", "tr!("],
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn i18n_imports_no_floor_above_it() {
    let wrong = imports_above("i18n", &["crate::report", "crate::tui", "crate::cli"]);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn report_imports_nothing_of_the_edge() {
    let wrong = imports_above("report", &["crate::tui", "crate::cli"]);
    assert!(wrong.is_empty(), "{wrong:#?}");
}
