//! Every screen rendered on ratatui's TestBackend and compared with reviewed snapshots,
//! at 80x24 and 120x40, plus the small-window notice and the colourless theme.

mod common;

use common::tui::Harness;
use ortaq::tui::app::Column;
use ortaq::tui::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode};
use ratatui::style::{Color, Modifier};

fn screen(h: &Harness, theme: Theme) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(h.app.width, h.app.height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, &h.app, theme)).unwrap();
    terminal
}

/// Snapshots with the times and the user name masked: they change from run to run.
macro_rules! snapshot {
    ($name:expr, $harness:expr) => {
        let terminal = screen(&$harness, Theme::plain());
        insta::with_settings!({
            filters => vec![
                (r"[0-9-]*T\d\d:\d\d:\d\dZ", "[time]"),
                // A time whose date is hidden under a popup.
                (r"\d\d:\d\d:\d\dZ", "[time]"),
                // Times as the interface writes them: 2026-11-23 10:15, 23.11.2026 10:15.
                (r"\d{4}-\d\d-\d\d \d\d:\d\d", "[time]"),
                (r"\d\d\.\d\d\.\d{4} \d\d:\d\d", "[time]"),
                (r"\b\d\d:\d\d\b", "[time]"),
                (common::os_user().as_str(), "[user]"),
            ],
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, terminal.backend());
        });
    };
}

fn to_column(h: &mut Harness, column: Column) {
    for _ in 0..10 {
        h.key(KeyCode::Char('h'));
    }
    while h.app.table.column() != column {
        h.key(KeyCode::Char('l'));
    }
}

#[test]
fn table_80x24() {
    let h = Harness::seeded();
    snapshot!("table_80x24", h);
}

#[test]
fn table_with_detail_120x40() {
    let mut h = Harness::sized(120, 40, true);
    h.key(KeyCode::Char('j'));
    snapshot!("table_with_detail_120x40", h);
}

#[test]
fn icic_detail_120x40() {
    let mut h = Harness::sized(120, 40, true);
    h.key(KeyCode::Char('/'));
    h.keys("central asia");
    h.key(KeyCode::Enter);
    snapshot!("icic_detail_120x40", h);
}

#[test]
fn detail_80x24() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Tab);
    snapshot!("detail_80x24", h);
}

#[test]
fn table_60x15() {
    let h = Harness::sized(60, 15, true);
    snapshot!("table_60x15", h);
}

#[test]
fn too_small() {
    let h = Harness::sized(50, 10, true);
    snapshot!("too_small_50x10", h);
}

#[test]
fn help_80x24() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Char('?'));
    snapshot!("help_80x24", h);
}

#[test]
fn help_120x40() {
    let mut h = Harness::sized(120, 40, true);
    h.key(KeyCode::Char('?'));
    snapshot!("help_120x40", h);
}

#[test]
fn editing_with_an_error_80x24() {
    let mut h = Harness::seeded();
    to_column(&mut h, Column::Investment);
    h.key(KeyCode::Enter);
    h.keys("lots");
    h.key(KeyCode::Enter);
    snapshot!("edit_error_80x24", h);
}

#[test]
fn status_picker_80x24() {
    let mut h = Harness::seeded();
    to_column(&mut h, Column::Status);
    h.key(KeyCode::Enter);
    snapshot!("status_picker_80x24", h);
}

#[test]
fn filter_80x24() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Char('f'));
    h.key(KeyCode::Char(' '));
    snapshot!("filter_80x24", h);
}

#[test]
fn add_project_form_80x24() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Char('a'));
    h.keys("Cement plant");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.keys("Russia");
    snapshot!("add_project_form_80x24", h);
}

#[test]
fn add_update_form_80x24() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Char('n'));
    h.keys("Second line of autoclaves launched");
    snapshot!("add_update_form_80x24", h);
}

#[test]
fn confirm_delete_120x40() {
    let mut h = Harness::sized(120, 40, true);
    h.key(KeyCode::Char('d'));
    snapshot!("confirm_delete_120x40", h);
}

#[test]
fn search_typing_80x24() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Char('/'));
    h.keys("rail");
    snapshot!("search_80x24", h);
}

#[test]
fn no_color_uses_reverse_video_only() {
    let h = Harness::seeded();
    let plain = screen(&h, Theme::plain());
    let buffer = plain.backend().buffer();
    assert!(
        buffer
            .content()
            .iter()
            .all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset),
        "no colour at all"
    );
    let selected_row = 2;
    assert!(
        buffer[(5, selected_row)].modifier.contains(Modifier::REVERSED),
        "the selection shows without colour"
    );
    assert!(!buffer[(5, selected_row + 1)].modifier.contains(Modifier::REVERSED));
    let coloured = screen(
        &h,
        Theme {
            color: true,
            ascii: false,
        },
    );
    assert!(
        coloured
            .backend()
            .buffer()
            .content()
            .iter()
            .any(|cell| cell.fg != Color::Reset),
        "statuses have colours"
    );
}

#[test]
fn hostile_names_never_reach_the_screen_as_control_characters() {
    let h = Harness::seeded();
    let hostile = "Evil\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{0}name";
    h.db.sql()
        .execute("UPDATE projects SET name = ?1, region = ?1 WHERE id = 5", [hostile])
        .unwrap();
    let mut h = Harness::on(
        common::TestDb::new(),
        ortaq::store::Store::open(&h.db.path).unwrap(),
        120,
        40,
    );
    h.event(Event::Resize(120, 40));
    let terminal = screen(&h, Theme::plain());
    let text: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("Evil^[]0;pwned^G"), "shown visibly");
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c))
    );
}

#[test]
fn wide_and_combining_characters_keep_columns_aligned() {
    let h = Harness::seeded();
    h.db.sql()
        .execute("UPDATE projects SET name = '天津 завод ✓ e\u{301}' WHERE id = 1", [])
        .unwrap();
    let h = Harness::on(
        common::TestDb::new(),
        ortaq::store::Store::open(&h.db.path).unwrap(),
        80,
        24,
    );
    let terminal = screen(&h, Theme::plain());
    let buffer = terminal.backend().buffer();
    let row_with = |needle: &str| {
        (0..24)
            .find(|y| (0..80).any(|x| buffer[(x, *y)].symbol() == needle))
            .expect("row")
    };
    let wide_row = row_with("天");
    let column_of = |row: u16, needle: &str| (0..80).find(|x| buffer[(*x, row)].symbol() == needle);
    // Row 2 is Autoclaved (UZ), the renamed Onix is KZ: the countries line up.
    assert_eq!(
        column_of(2, "U"),
        column_of(wide_row, "K"),
        "location column aligned after wide characters"
    );
    assert_eq!(column_of(2, "U"), Some(21));
}

#[test]
fn summary_80x24() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Char('S'));
    snapshot!("summary_80x24", h);
}

#[test]
fn summary_by_sector_120x40() {
    let mut h = Harness::sized(120, 40, true);
    h.key(KeyCode::Char('S'));
    h.key(KeyCode::Char('b'));
    h.key(KeyCode::Char('b'));
    snapshot!("summary_by_sector_120x40", h);
}

#[test]
fn editing_a_cell_with_wide_characters_80x24() {
    let mut h = Harness::seeded();
    to_column(&mut h, Column::Region);
    h.key(KeyCode::Enter);
    for _ in 0..40 {
        h.key(KeyCode::Backspace);
    }
    h.keys(&"中文漢字".repeat(6));
    let terminal = screen(&h, Theme::plain());
    let row: String = (0..80)
        .map(|x| terminal.backend().buffer()[(x, 2)].symbol().to_string())
        .collect();
    // A wide character fills two cells; the second one holds no symbol of its own.
    let row = row.replace(' ', "");
    assert!(
        row.contains("中文漢字中文漢字"),
        "the end of what was typed shows: {row}"
    );
    snapshot!("cell_edit_wide_80x24", h);
}

#[test]
fn the_update_form_names_the_forms_of_a_date_while_the_date_has_the_focus() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Char('n'));
    let shown = |h: &Harness| -> String {
        let terminal = screen(h, Theme::plain());
        terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect()
    };
    assert!(!shown(&h).contains("autumn 2024"), "not while the text has the focus");
    h.key(KeyCode::BackTab);
    assert!(shown(&h).contains("autumn 2024"), "{}", shown(&h));
}

#[test]
fn the_update_text_wraps_60x15() {
    let mut h = Harness::sized(60, 15, true);
    h.key(KeyCode::Char('n'));
    h.keys("Frames of eight production buildings finished; the second line of autoclaves starts in spring");
    let terminal = screen(&h, Theme::plain());
    let shown: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(shown.contains("autoclaves"), "the end of a long line is shown");
    assert!(shown.contains("Frames of eight"), "and so is its start");
    snapshot!("add_update_form_wraps_60x15", h);
}

#[test]
fn every_field_of_the_add_form_is_on_screen_when_focused_60x15() {
    let mut h = Harness::sized(60, 15, true);
    h.key(KeyCode::Char('a'));
    // A figure's source is not in the form: it is attached after (the source picker).
    for field in ortaq::domain::Field::ALL.into_iter().filter(|f| f.figure().is_none()) {
        let terminal = screen(&h, Theme::plain());
        let shown: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(
            shown.contains(&format!("› {}", ortaq::tui::words::field_label(field))),
            "{} is not shown",
            ortaq::tui::words::field_label(field)
        );
        h.key(KeyCode::Tab);
    }
}

#[test]
fn the_add_form_scrolls_to_the_focused_field_60x15() {
    let mut h = Harness::sized(60, 15, true);
    h.key(KeyCode::Char('a'));
    h.keys("Cement plant");
    for _ in 0..13 {
        h.key(KeyCode::Tab);
    }
    h.keys("nobody");
    let terminal = screen(&h, Theme::plain());
    let shown: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(
        shown.contains("› Source") || shown.contains("✗ Source"),
        "the last field is on screen"
    );
    assert!(shown.contains("nobody"), "and what is typed into it");
    snapshot!("add_project_form_last_field_60x15", h);
}

#[test]
fn a_problem_in_the_add_form_wraps_60x15() {
    let mut h = Harness::sized(60, 15, true);
    h.key(KeyCode::Char('a'));
    for _ in 0..6 {
        h.key(KeyCode::Tab);
    }
    h.keys("lots");
    let terminal = screen(&h, Theme::plain());
    let shown: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(shown.contains("› Investment") || shown.contains("✗ Investment"));
    snapshot!("add_project_form_problem_60x15", h);
}

#[test]
fn summary_60x15() {
    let mut h = Harness::sized(60, 15, true);
    h.key(KeyCode::Char('S'));
    let terminal = screen(&h, Theme::plain());
    let shown: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    for group in ["construction", "proposed", "(unknown)"] {
        assert!(shown.contains(group), "the group {group} is named");
    }
    for header in ["Made", "Share"] {
        assert!(shown.contains(header), "jobs created and the share stay at 60 columns");
    }
    // Dates are kept whole (a cut `12.07.202…` says nothing); a source is cut with `…`.
    for date in ["not before 2024-09", "2024-07-12"] {
        assert!(shown.contains(date), "the date {date} is whole");
    }
    assert!(shown.contains("…"), "a cut source says it was cut");
    snapshot!("summary_60x15", h);
}

#[test]
fn help_on_the_summary_80x24() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Char('S'));
    h.key(KeyCode::Char('?'));
    snapshot!("help_summary_80x24", h);
}

#[test]
fn help_over_the_delete_question_60x15() {
    let mut h = Harness::sized(60, 15, true);
    h.key(KeyCode::Char('d'));
    h.key(KeyCode::Char('?'));
    snapshot!("help_confirm_60x15", h);
}

/// Text on the screen, row by row.
fn screen_text(h: &Harness) -> String {
    let terminal = screen(h, Theme::plain());
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_filtered_summary_says_the_reported_figures_are_the_whole_portfolios() {
    let mut h = Harness::seeded();
    h.app.table.query.statuses = vec![Some(ortaq::domain::Status::Construction)];
    h.key(KeyCode::Char('S'));
    let shown = screen_text(&h);
    assert!(shown.contains("only the projects shown"), "{shown}");
    assert!(shown.contains("the whole portfolio"), "{shown}");
}

#[test]
fn the_summary_names_figures_it_cannot_read() {
    let h = Harness::seeded();
    // As another tool might write it, past ortaq's checks.
    let conn = h.db.sql();
    conn.pragma_update(None, "ignore_check_constraints", true).unwrap();
    conn.execute("UPDATE projects SET investment = -5 WHERE id = 1", [])
        .unwrap();
    drop(conn);
    let mut h = Harness::on(
        common::TestDb::new(),
        ortaq::store::Store::open(&h.db.path).unwrap(),
        80,
        24,
    );
    h.key(KeyCode::Char('S'));
    let shown = screen_text(&h);
    assert!(shown.contains("1 project holds figures another tool wrote"), "{shown}");
}

#[test]
fn a_name_of_emoji_families_is_cut_between_clusters_and_fills_its_column() {
    let family = "👩\u{200d}👩\u{200d}👧";
    let h = Harness::seeded();
    h.db.sql()
        .execute("UPDATE projects SET name = ?1 WHERE id = 1", [family.repeat(10)])
        .unwrap();
    let h = Harness::on(
        common::TestDb::new(),
        ortaq::store::Store::open(&h.db.path).unwrap(),
        60,
        15,
    );
    let terminal = screen(&h, Theme::plain());
    let buffer = terminal.backend().buffer();
    let row = (0..15)
        .find(|y| (0..60).any(|x| buffer[(x, *y)].symbol() == family))
        .expect("the row");
    let shown = (0..60).filter(|x| buffer[(*x, row)].symbol() == family).count();
    // The name column is 19 cells: nine families of two cells and the ellipsis.
    assert_eq!(shown, 9, "cut by cells as shown, not by code points");
    assert_eq!(buffer[(18, row)].symbol(), "…");
    assert!(
        (19..60).any(|x| buffer[(x, row)].symbol() == "K"),
        "the location follows"
    );
}

#[test]
fn a_family_emoji_keeps_the_columns_aligned() {
    for width in [80u16, 60] {
        let h = Harness::seeded();
        h.db.sql()
            .execute(
                "UPDATE projects SET name = 'Семья 👩\u{200d}👩\u{200d}👧 завод' WHERE id = 1",
                [],
            )
            .unwrap();
        let h = Harness::on(
            common::TestDb::new(),
            ortaq::store::Store::open(&h.db.path).unwrap(),
            width,
            24,
        );
        let terminal = screen(&h, Theme::plain());
        let buffer = terminal.backend().buffer();
        let row_with = |needle: &str| (0..24).find(|y| (0..width).any(|x| buffer[(x, *y)].symbol().contains(needle)));
        let family = row_with("👧").expect("the row with the family");
        // What a terminal is sent for the row, cell by cell: a wide cluster takes its
        // own cell and the next one is skipped.
        let mut cells = 0;
        let mut x = 0;
        let mut country = None;
        while x < width {
            let symbol = buffer[(x, family)].symbol();
            if country.is_none() && (symbol == "K" || symbol == "U") && x > 10 {
                country = Some(cells);
            }
            let w = unicode_width::UnicodeWidthStr::width(symbol).max(1);
            cells += w;
            x += w as u16;
        }
        assert_eq!(cells, usize::from(width), "the row fills the width exactly at {width}");
        let other = if family == 2 { 3 } else { 2 };
        let other_country = (11..width).find(|x| matches!(buffer[(*x, other)].symbol(), "K" | "U"));
        assert_eq!(
            country,
            other_country.map(usize::from),
            "the location column lines up at {width}"
        );
    }
}

#[test]
fn a_cell_shows_its_problem_as_it_is_typed() {
    let mut h = Harness::seeded();
    to_column(&mut h, Column::Investment);
    h.key(KeyCode::Enter);
    h.keys("1,500 million");
    let shown = screen_text(&h);
    let Some(ortaq::tui::app::Overlay::Edit(edit)) = &h.app.overlay else {
        panic!("the input is open")
    };
    let problem = edit.error.as_ref().map(|p| p.text()).unwrap_or_default();
    let start: String = problem.chars().take(20).collect();
    assert!(!problem.is_empty() && shown.contains(&start), "{problem}\n{shown}");
}
