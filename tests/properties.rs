//! Property tests: random key sequences never panic the interface and keep its
//! invariants; every parser survives arbitrary strings.

mod common;

use chrono::NaiveDate;
use common::tui::Harness;
use ortaq::domain::{Country, EdtfDate, Field, Money, Status, parse_count};
use ortaq::exchange;
use ortaq::store::ProjectQuery;
use proptest::prelude::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn any_key() -> impl Strategy<Value = Event> {
    let codes = prop_oneof![
        prop::sample::select(vec![
            'j', 'k', 'g', 'G', 'h', 'l', 'e', '/', 'f', 's', 'a', 'n', 'd', 'c', '?', 'u', 'S', 'b', 'y', ' ', 'x',
            '1', 'ш'
        ])
        .prop_map(KeyCode::Char),
        prop::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Backspace,
        ]),
    ];
    let modifiers = prop::sample::select(vec![
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::CONTROL,
    ]);
    prop_oneof![
        8 => (codes, modifiers).prop_map(|(code, m)| Event::Key(KeyEvent::new(code, m))),
        1 => (20_u16..200, 5_u16..60).prop_map(|(w, h)| Event::Resize(w, h)),
        1 => ".{0,20}".prop_map(Event::Paste),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_keys_keep_the_interface_consistent(events in prop::collection::vec(any_key(), 1..60)) {
        let mut h = Harness::seeded();
        for event in &events {
            // Quitting ends a session; the next keys start a fresh one.
            if h.app.should_quit {
                h.app.should_quit = false;
            }
            h.event(event.clone());
            let table = &h.app.table;
            prop_assert!(table.count == 0 || table.selected < table.count, "selection {} of {}", table.selected, table.count);
            prop_assert!(table.scroll <= table.selected || table.count == 0);
            let recomputed = h.store.totals(&table.query).unwrap();
            prop_assert_eq!(table.totals(), Some(&recomputed), "footer totals match a recount");
            let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(h.app.width.max(1), h.app.height.max(1))).unwrap();
            terminal.draw(|f| ortaq::tui::ui::draw(f, &h.app, ortaq::tui::ui::Theme::plain())).unwrap();
        }
        prop_assert_eq!(h.store.check().unwrap().integrity, vec!["ok".to_string()]);
        let all = h.store.totals(&ProjectQuery::default()).unwrap();
        prop_assert!(all.projects <= 10);
    }

    #[test]
    fn parsers_never_panic(input in any::<String>()) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let _ = Money::parse(&input);
        let _ = parse_count(&input);
        let _ = EdtfDate::parse(&input, today);
        let _ = input.parse::<EdtfDate>();
        let _ = Status::parse(&input);
        let _ = Country::parse(&input);
        let _ = Field::parse(&input);
        for field in Field::ALL {
            let _ = field.parse_value(&input, today);
        }
    }

    #[test]
    fn import_readers_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), header in "[a-z_,]{0,40}") {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let resolve = |_: &str| Err::<i64, String>("no sources".into());
        let _ = exchange::parse_csv(&bytes, &resolve, today);
        let _ = exchange::parse_json(&bytes, &resolve, today);
        let mut csv = header.into_bytes();
        csv.push(b'\n');
        csv.extend(&bytes);
        let _ = exchange::parse_csv(&csv, &resolve, today);
    }
}
