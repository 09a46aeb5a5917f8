//! The language files are complete: every message is in every language with the same
//! variables, both parse without errors, and every message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use ortaq::i18n::{Lang, SOURCES};

/// Message id -> the variables it uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                Some((message.id.name.to_string(), variables))
            }
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let english = messages(&Lang::En.source());
    assert!(!english.is_empty());
    for lang in Lang::ALL {
        let other = messages(&lang.source());
        let missing: Vec<&String> = english.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<&String> = other.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang:?} has messages English lacks: {extra:?}");
        for (id, variables) in &english {
            assert_eq!(&other[id], variables, "{lang:?} {id}: other variables");
        }
    }
}

/// Every `tr!("id"` in the code names a message that exists.
#[test]
fn every_message_the_code_asks_for_exists() {
    let english = messages(&Lang::En.source());
    let mut asked = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(path) = stack.pop() {
        for entry in std::fs::read_dir(&path).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = std::fs::read_to_string(&path).expect("read source");
                for (index, _) in code.match_indices("tr!(\"") {
                    let before = code[..index].chars().next_back();
                    let line_start = code[..index].rfind('\n').map_or(0, |n| n + 1);
                    let is_comment = code[line_start..index].trim_start().starts_with("//");
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') || is_comment {
                        continue;
                    }
                    let rest = &code[index + 5..];
                    if let Some(end) = rest.find('"') {
                        asked.insert((rest[..end].to_string(), path.display().to_string()));
                    }
                }
            }
        }
    }
    assert!(!asked.is_empty());
    let missing: Vec<_> = asked.iter().filter(|(id, _)| !english.contains_key(id)).collect();
    assert!(missing.is_empty(), "messages asked for but missing: {missing:?}");
}

#[test]
fn both_languages_are_offered() {
    assert_eq!(SOURCES.len(), Lang::ALL.len());
}

/// The same message in two files of one language would shadow one of them.
#[test]
fn no_message_is_defined_twice() {
    for (lang, files) in SOURCES {
        let mut seen = BTreeSet::new();
        for file in files {
            for id in messages(file).into_keys() {
                assert!(seen.insert(id.clone()), "{lang:?}: {id} is defined twice");
            }
        }
    }
}

/// One Russian word for a dated update everywhere (issue 21 found five: обновление, запись
/// о ходе проекта, ход проекта, сообщения, заметка), so a reader never wonders whether
/// they are different things.
#[test]
fn russian_says_one_word_for_an_update() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/ru");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the Russian messages") {
        let path = entry.expect("a file").path();
        let text = std::fs::read_to_string(&path).expect("readable");
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            let lower = line.to_lowercase();
            if ["запись о ходе", "ход проекта", "заметк", "новые сообщения"]
                .iter()
                .any(|other| lower.contains(other))
            {
                found.push(format!("{}: {line}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "say «обновление»: {found:#?}");
}

/// One Russian word for a project count with no sum, and one title for tracked against
/// reported, on the command line, in documents and in the interface (issue 21: there
/// were «Без суммы» and «Нет суммы», «Учтено и официально» and «Учтено и заявлено
/// официально»).
#[test]
fn russian_says_one_word_for_no_sum_and_for_tracked_vs_reported() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/ru");
    let mut values = std::collections::HashMap::new();
    for entry in std::fs::read_dir(&dir).expect("the Russian messages") {
        let text = std::fs::read_to_string(entry.expect("a file").path()).expect("readable");
        for line in text.lines() {
            if let Some((key, value)) = line.split_once(" = ") {
                values.insert(key.trim().to_string(), value.trim().to_string());
            }
        }
    }
    let value = |key: &str| values.get(key).cloned().unwrap_or_default();
    assert_eq!(value("tui-sum-no-figure"), value("cli-summary-no-figure"));
    assert_eq!(value("cli-summary-no-figure"), "Без суммы");
    let titles: Vec<&String> = values.values().filter(|v| v.starts_with("Учтено ")).collect();
    assert!(
        titles.iter().all(|t| t.contains("заявлено официально")),
        "one wording: {titles:?}"
    );
    assert!(
        !values.contains_key("tui-reported-title"),
        "worded once, in cli-summary-comparison"
    );
}
