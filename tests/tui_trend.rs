//! The interface's summary (key S) shows the newest reports of the trend, which matter
//! most before a meeting, with `…→` where older ones are left out; at 60 columns the
//! comparisons keep their dates whole. Snapshots in English and Russian at 80x24 and
//! 60x15, each read when accepted.

mod common;

use chrono::NaiveDate;
use common::TestDb;
use common::tui::Harness;
use ortaq::domain::EdtfDate;
use ortaq::i18n::{Lang, set_language};
use ortaq::store::{Metric, NewIndicator, OpenOptions, Qualifier, Store};
use ratatui::crossterm::event::KeyCode;

/// The seed (three portfolio reports: early 2024, 2024-07-12, not before 2024-09) and
/// two newer ones, on its summary screen.
fn five_reports(width: u16, height: u16) -> Harness {
    let db = TestDb::new();
    let mut store = Store::open_with(
        &db.path,
        &OpenOptions {
            seed: true,
            read_only: false,
        },
    )
    .expect("open");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day");
    for (as_of, source, projects) in [("2025-05", 2, 80), ("2025-11-03", 3, 85)] {
        let as_of = EdtfDate::parse(as_of, today).expect("a date");
        let figure = NewIndicator::new(
            as_of,
            "portfolio",
            Metric::Projects,
            projects,
            Qualifier::Exact,
            source,
            None,
        )
        .expect("a figure");
        store.add_indicator(&figure).expect("recorded");
    }
    let mut h = Harness::on(db, store, width, height);
    h.key(KeyCode::Char('S'));
    h
}

fn screen_text(h: &Harness) -> String {
    h.screen_text()
}

fn snapshot(name: &str, shown: &str) {
    insta::with_settings!({ omit_expression => true, prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name.to_string(), shown);
    });
}

#[test]
fn the_summary_shows_the_newest_reports_in_english() {
    set_language(Lang::En);
    let shown = screen_text(&five_reports(80, 24));
    let as_of = shown
        .lines()
        .find(|l| l.trim_start().starts_with("as of"))
        .expect("the dates line");
    assert!(as_of.contains("2025-11-03"), "the newest report is shown: {as_of}");
    assert!(as_of.contains("…→"), "older ones left out say so: {as_of}");
    assert!(!as_of.contains("early 2024"), "the oldest gives way first: {as_of}");
    let projects = shown
        .lines()
        .find(|l| l.trim_start().starts_with("projects"))
        .expect("projects");
    assert!(projects.contains("85"), "{projects}");
    snapshot("trend_newest_en_80x24", &shown);
    snapshot("trend_newest_en_60x15", &screen_text(&five_reports(60, 15)));
}

#[test]
fn the_summary_shows_the_newest_reports_in_russian() {
    set_language(Lang::Ru);
    let shown = screen_text(&five_reports(80, 24));
    let narrow = screen_text(&five_reports(60, 15));
    set_language(Lang::En);
    let as_of = shown
        .lines()
        .find(|l| l.trim_start().starts_with("на дату"))
        .expect("the dates line");
    assert!(as_of.contains("03.11.2025"), "the newest report is shown: {as_of}");
    assert!(as_of.contains("…→"), "{as_of}");
    assert!(!narrow.contains(".202…"), "no date is cut at 60 columns: {narrow}");
    snapshot("trend_newest_ru_80x24", &shown);
    snapshot("trend_newest_ru_60x15", &narrow);
}
