//! Tests of the keymap: dispatch by context, no key bound twice, help from the table,
//! the Russian layout, and a message for every help text.

use super::*;

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

#[test]
fn keys_resolve_by_context() {
    assert_eq!(
        resolve(Table, &press(KeyCode::Char('j'), KeyModifiers::NONE)),
        Some(Action::SelectNext)
    );
    assert_eq!(
        resolve(Detail, &press(KeyCode::Char('j'), KeyModifiers::NONE)),
        Some(Action::ScrollDown)
    );
    assert_eq!(
        resolve(Table, &press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
        Some(Action::SelectLast)
    );
    assert_eq!(
        resolve(Table, &press(KeyCode::Char('d'), KeyModifiers::CONTROL)),
        Some(Action::HalfPageDown)
    );
    assert_eq!(resolve(Table, &press(KeyCode::Char('z'), KeyModifiers::NONE)), None);
    let mut release = press(KeyCode::Char('q'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(resolve(Table, &release), None);
}

#[test]
fn no_key_is_bound_twice_in_one_context() {
    for (i, a) in BINDINGS.iter().enumerate() {
        for other in &BINDINGS[i + 1..] {
            if a.context == other.context {
                for k in a.keys {
                    assert!(
                        !other.keys.contains(k),
                        "{:?} bound twice in {:?}",
                        key_name(k),
                        a.context
                    );
                }
            }
        }
    }
}

#[test]
fn help_lists_every_binding_of_a_context() {
    let table_help = help(Table);
    assert_eq!(table_help.len(), BINDINGS.iter().filter(|b| b.context == Table).count());
    assert!(table_help.contains(&("j ↓".to_string(), "next project".to_string())));
    assert_eq!(key_for(Table, Action::HalfPageDown).as_deref(), Some("Ctrl-d"));
}

#[test]
fn the_russian_layout_does_what_the_latin_keys_do() {
    let plain = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(resolve(Table, &plain('о')), Some(Action::SelectNext), "о is where j is");
    assert_eq!(resolve(Table, &plain('л')), Some(Action::SelectPrevious));
    assert_eq!(resolve(Table, &plain('р')), Some(Action::PreviousColumn));
    assert_eq!(resolve(Table, &plain('д')), Some(Action::NextColumn));
    assert_eq!(resolve(Table, &plain('п')), Some(Action::SelectFirst));
    assert_eq!(
        resolve(Table, &press(KeyCode::Char('П'), KeyModifiers::SHIFT)),
        Some(Action::SelectLast)
    );
    assert_eq!(resolve(Table, &plain('у')), Some(Action::StartEdit));
    assert_eq!(resolve(Table, &plain('й')), Some(Action::Quit));
    assert_eq!(
        resolve(Table, &plain('.')),
        Some(Action::StartSearch),
        ". is where / is"
    );
    assert_eq!(
        resolve(Table, &press(KeyCode::Char('с'), KeyModifiers::CONTROL)),
        Some(Action::Quit)
    );
    assert_eq!(resolve(Detail, &plain('о')), Some(Action::ScrollDown));
    assert_eq!(resolve(Confirm, &plain('н')), Some(Action::Confirm), "н is where y is");
    assert_eq!(resolve(Input, &plain('о')), None, "typed into a cell, о is a letter");
    assert_eq!(resolve(Form, &plain('й')), None);
}

#[test]
fn every_help_text_is_a_message_in_every_language() {
    for binding in BINDINGS {
        for lang in crate::i18n::Lang::ALL {
            let text = crate::i18n::message_in(lang, binding.help, &[]);
            assert_ne!(text, binding.help, "{} in {lang:?}", binding.help);
        }
    }
}
