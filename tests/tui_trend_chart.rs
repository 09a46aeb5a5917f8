//! The reported trend as a line chart on the summary (issue 25): `t` switches the
//! reported figures between their table and the chart; each kind reported at least twice
//! is a line in percent of its first report; reviewed snapshots at 80x24 and 60x15 in
//! English and Russian, without colour and in ASCII.

mod common;

use common::tui::Harness;
use ortaq::i18n::{Lang, set_language};
use ortaq::store::Metric;
use ortaq::tui::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

fn screen(h: &Harness, theme: Theme) -> TestBackend {
    let mut terminal = Terminal::new(TestBackend::new(h.app.width, h.app.height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, &h.app, theme)).unwrap();
    terminal.backend().clone()
}

fn chart(width: u16, height: u16) -> Harness {
    let mut h = Harness::sized(width, height, true);
    h.key(KeyCode::Char('S'));
    h.key(KeyCode::Char('t'));
    assert!(h.app.summary.as_ref().is_some_and(|s| s.trend_chart));
    h
}

#[test]
fn each_kind_reported_twice_is_a_line_in_percent_of_its_first_report() {
    let h = chart(80, 24);
    let trend = &h.app.summary.as_ref().unwrap().trend;
    let lines = ui::trend_chart::trend_series(trend);
    let projects = lines.iter().find(|l| l.metric == Metric::Projects).expect("projects");
    // 60 → 69 → 74 projects: 100%, 115%, 123.3%.
    let percents: Vec<i64> = projects.points.iter().map(|p| (p.1 * 10.0).round() as i64).collect();
    assert_eq!(percents, vec![1000, 1150, 1233]);
    assert!(projects.points.windows(2).all(|w| w[0].0 < w[1].0), "dated in order");
    assert!(projects.label.contains("60 → 74"), "{}", projects.label);
    // Trade contracts were reported once: no line.
    assert!(lines.iter().all(|l| l.metric != Metric::TradeContracts));
}

#[test]
fn t_goes_back_to_the_table_of_reported_figures() {
    let mut h = chart(80, 24);
    assert!(h.screen_text().contains("% of each kind's first report (t: table)"));
    h.key(KeyCode::Char('t'));
    let text = h.screen_text();
    assert!(!text.contains("first report"), "{text}");
    assert!(text.contains("t chart"), "the footer names the key: {text}");
}

#[test]
fn snapshots_of_the_trend_chart() {
    let h = chart(80, 24);
    insta::assert_snapshot!("trend_chart_80x24", screen(&h, Theme::plain()));
    insta::assert_snapshot!("trend_chart_80x24_ascii", screen(&h, Theme::ascii()));
    let h = chart(60, 15);
    insta::assert_snapshot!("trend_chart_60x15", screen(&h, Theme::plain()));
    set_language(Lang::Ru);
    let h = chart(80, 24);
    insta::assert_snapshot!("trend_chart_80x24_ru", screen(&h, Theme::plain()));
    let h = chart(60, 15);
    insta::assert_snapshot!("trend_chart_60x15_ru", screen(&h, Theme::plain()));
    set_language(Lang::En);
}
