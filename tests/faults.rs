//! Faults from outside: a lock held past the busy timeout, a full disk, and data written
//! by other tools that ortaq would never write.

mod common;

use common::TestDb;
use common::tui::Harness;
use ortaq::domain::EdtfDate;
use ortaq::store::{NewDatedNote, Store, StoreError};
use ratatui::crossterm::event::KeyCode;

#[test]
fn a_lock_held_past_the_busy_timeout_gets_a_clear_message_and_a_retry_works() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let holder = db.sql();
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE projects SET region = region WHERE id = 1;")
        .unwrap();
    let error = db.fails(&["set", "angren", "investment=1m"]);
    assert!(error.contains("busy") && error.contains("try again"), "{error}");
    assert!(!error.contains("locked"), "{error}");
    holder.execute_batch("ROLLBACK").unwrap();
    db.ok(&["set", "angren", "investment=1m"]);
    assert_eq!(db.count("SELECT investment FROM projects WHERE id = 5"), 1_000_000);
}

#[test]
fn a_full_disk_fails_the_write_cleanly_and_the_app_keeps_running() {
    let mut h = Harness::seeded();
    h.store.limit_growth_for_tests(3).unwrap();
    let year: EdtfDate = "2025".parse().unwrap();
    let big = "x".repeat(19_000);
    let mut stored = 0;
    let error = loop {
        match h.store.add_update(
            5,
            &NewDatedNote::new(year.clone(), &format!("{stored} {big}"), None).unwrap(),
        ) {
            Ok(_) => stored += 1,
            Err(error) => break error,
        }
        assert!(stored < 50, "the limit never bit");
    };
    assert!(matches!(error, StoreError::Full), "{error}");
    assert!(error.to_string().contains("nothing was written"));
    assert_eq!(
        h.store.updates(5).unwrap().len(),
        stored,
        "the successful ones are all there"
    );
    assert_eq!(h.store.check().unwrap().integrity, ["ok"]);
    // In the interface: the form stays open with the message; the app goes on.
    h.key(KeyCode::Char('n'));
    h.event(ratatui::crossterm::event::Event::Paste(big.clone()));
    h.ctrl('s');
    assert!(h.status().contains("disk is full"), "{}", h.status());
    assert!(h.app.overlay.is_some(), "the typed update is not lost");
    // Esc asks before throwing the typed update away; a second Esc does.
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.table.selected, 1);
}

#[test]
fn odd_data_from_other_tools_is_shown_safely() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let conn = db.sql();
    conn.execute_batch("PRAGMA ignore_check_constraints = ON;").unwrap();
    // Invalid UTF-8, text where numbers belong, unknown status and country, a 1 MB update.
    conn.execute(
        "UPDATE projects SET name = CAST(X'4576696CFFFE20C3' AS TEXT) WHERE id = 1",
        [],
    )
    .unwrap();
    conn.execute("UPDATE projects SET investment = 'lots', jobs_planned = -5, status = 'weird', country = 'RU', started = 'someday' WHERE id = 2", []).unwrap();
    conn.execute(
        "INSERT INTO updates (project_id, date, text, author, created_at) VALUES (3, '2025', ?1, 'other tool', 'now')",
        [format!("{}\u{1b}[2J", "long ".repeat(200_000))],
    )
    .unwrap();
    conn.execute(
        "UPDATE projects SET region = NULL, sector = NULL, description = NULL WHERE id = 4",
        [],
    )
    .unwrap();
    drop(conn);
    for args in [
        vec!["list"],
        vec!["show", "2"],
        vec!["show", "3"],
        vec!["summary"],
        vec!["export"],
        vec!["check"],
    ] {
        let output = db.cmd().args(&args).output().unwrap();
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(!output.stderr.windows(8).any(|w| w == b"panicked"), "{args:?}");
        if args[0] != "export" {
            assert!(!text.contains('\u{1b}'), "{args:?}");
        }
    }
    assert!(
        db.ok(&["list"]).contains("Evil\u{fffd}\u{fffd}"),
        "invalid UTF-8 shown as �"
    );
    let store = Store::open(&db.path).unwrap();
    let mut h = Harness::on(TestDb::new(), store, 120, 40);
    for key in ['j', 'j', 'j', 'G', 'g'] {
        h.key(KeyCode::Char(key));
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
        terminal
            .draw(|f| ortaq::tui::ui::draw(f, &h.app, ortaq::tui::ui::Theme::plain()))
            .unwrap();
    }
    let odd = h.store.project(2).unwrap();
    assert_eq!(
        (odd.investment, odd.jobs_planned, odd.status, odd.country, odd.started),
        (None, None, None, None, None)
    );
}

#[test]
fn the_audit_author_cannot_be_set_from_the_command_line() {
    let db = TestDb::new();
    let error = db.fails(&["--author", "someone", "set", "angren", "investment=1m"]);
    assert!(error.contains("unexpected argument"), "{error}");
    let output = db
        .cmd()
        .env("USER", "impostor")
        .env("LOGNAME", "impostor")
        .args(["set", "angren", "investment=1m"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let author: String = db
        .sql()
        .query_row("SELECT author FROM changes ORDER BY id DESC LIMIT 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(author, common::os_user(), "taken from the system, not the environment");
}
