//! The meetings screen (issue 24), rendered on ratatui's TestBackend: the meetings, a
//! meeting's agreements (overdue marked by `!` and the word, not by colour alone), an
//! agreement's detail, at 80x24 and 60x15, in English and in Russian; and the keys that
//! go down, back up and on to a linked project.

mod common;

use common::tui::Harness;
use ortaq::i18n::{Lang, set_language};
use ortaq::store::{AgreementQuery, NewAgreement};
use ortaq::tui::app::{MainView, MeetingsLevel};
use ortaq::tui::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

/// The seed, plus two agreements of the Khiva meeting announced for 22–23 October 2025:
/// one due in October 2025 (overdue on the harness's day, 2026-11-23), linked to the
/// ICIC, with an update; one due at the end of 2026.
fn with_agreements(width: u16, height: u16) -> Harness {
    let mut h = Harness::sized(width, height, true);
    let khiva = h
        .store
        .find_meeting("khiva 2025", &ortaq::store::place_as_stored)
        .expect("the announced meeting");
    let icic = h.store.find_project("Central Asia").expect("the ICIC");
    let mut add = |text: &str, due: &str, projects: Vec<i64>| {
        h.store
            .add_agreement(&NewAgreement {
                meeting_id: khiva.id,
                text: text.into(),
                side: Some(ortaq::domain::Side::Both),
                responsible: Some("Ministries of trade".into()),
                due: Some(due.parse().expect("EDTF")),
                status: ortaq::domain::AgreementStatus::Open,
                source_id: None,
                projects,
            })
            .expect("added")
    };
    let first = add("Report on the ICIC's construction", "2025-10", vec![icic.id]);
    add("Sign the logistics strategy", "2026-12", Vec::new());
    h.store
        .note_agreement(
            first.id,
            &"2025-10".parse().unwrap(),
            "Frames of eight buildings finished",
            None,
        )
        .expect("noted");
    assert_eq!(h.store.agreements(&AgreementQuery::default()).unwrap().len(), 5);
    h
}

fn screen(h: &Harness) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(h.app.width, h.app.height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, &h.app, Theme::plain())).unwrap();
    terminal
}

/// The three levels of the screen: the meetings, Khiva's agreements, the overdue one.
fn walk(lang: Lang, width: u16, height: u16) {
    set_language(lang);
    let mut h = with_agreements(width, height);
    let name = |level: &str| format!("meetings_{level}_{}_{width}x{height}", lang.code());
    h.key(KeyCode::Char('M'));
    assert_eq!(h.app.main_view(), MainView::Meetings);
    insta::assert_snapshot!(name("list"), screen(&h).backend());
    h.key(KeyCode::Enter);
    insta::assert_snapshot!(name("agreements"), screen(&h).backend());
    h.key(KeyCode::Enter);
    insta::assert_snapshot!(name("agreement"), screen(&h).backend());
    set_language(Lang::En);
}

#[test]
fn the_meetings_screen_in_english_at_80x24_and_60x15() {
    walk(Lang::En, 80, 24);
    walk(Lang::En, 60, 15);
}

#[test]
fn the_meetings_screen_in_russian_at_80x24_and_60x15() {
    walk(Lang::Ru, 80, 24);
    walk(Lang::Ru, 60, 15);
}

#[test]
fn overdue_is_said_in_words_and_the_footer_counts_it() {
    let mut h = with_agreements(80, 24);
    h.key(KeyCode::Char('M'));
    let list = h.screen_text();
    assert!(list.contains("[not recorded as held]"), "{list}");
    assert!(list.contains("· 2 agreements"), "{list}");
    assert!(list.contains("1 is overdue"), "the footer: {list}");
    h.key(KeyCode::Enter);
    let agreements = h.screen_text();
    assert!(agreements.contains("! OVERDUE (open)"), "{agreements}");
    assert!(agreements.contains("  open · due 2026-12"), "{agreements}");
}

#[test]
fn enter_goes_down_to_a_linked_project_and_esc_back_up() {
    let mut h = with_agreements(80, 24);
    h.key(KeyCode::Char('M'));
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    let at = h.app.meetings.as_ref().map(|m| m.level);
    assert!(matches!(at, Some(MeetingsLevel::Agreement { .. })), "{at:?}");
    h.key(KeyCode::Esc);
    assert!(matches!(
        h.app.meetings.as_ref().map(|m| m.level),
        Some(MeetingsLevel::Agreements { .. })
    ));
    h.key(KeyCode::Enter);
    // Enter on the linked project: the table, on the ICIC, its detail loaded.
    h.key(KeyCode::Enter);
    assert!(h.app.meetings.is_none());
    assert!(h.selected_name().contains("Central Asia"), "{}", h.selected_name());
    assert!(
        h.app
            .detail
            .project
            .as_ref()
            .is_some_and(|p| p.name.contains("Central Asia"))
    );
    // Esc goes back up: to the agreement, its meeting, the meetings, the table.
    for _ in 0..4 {
        h.key(KeyCode::Esc);
    }
    assert_eq!(h.app.main_view(), MainView::Table);
}

/// Esc on a project opened from an agreement's page went to the table's own Esc (the
/// filters cleared, the agreement lost): it goes back to the page it came from, at 80
/// columns (detail beside) and at 60 (detail over the table), and only once.
#[test]
fn esc_from_a_project_opened_from_an_agreement_goes_back_to_the_agreement() {
    for (width, height) in [(80, 24), (60, 15)] {
        let mut h = with_agreements(width, height);
        h.key(KeyCode::Char('M'));
        h.key(KeyCode::Enter);
        h.key(KeyCode::Enter);
        let page = h.app.meetings.as_ref().map(|m| m.level);
        h.key(KeyCode::Enter);
        assert!(
            matches!(h.app.main_view(), MainView::Table | MainView::Detail),
            "{width}x{height}"
        );
        h.key(KeyCode::Esc);
        assert_eq!(h.app.main_view(), MainView::Meetings, "{width}x{height}");
        assert_eq!(h.app.meetings.as_ref().map(|m| m.level), page, "the same agreement");
        let shown = h.screen_text();
        assert!(shown.contains("Report on the ICIC"), "{shown}");
        // Back up to the table; a later Esc there is the table's own again.
        h.key(KeyCode::Esc);
        h.key(KeyCode::Esc);
        h.key(KeyCode::Esc);
        assert_eq!(h.app.main_view(), MainView::Table);
        h.key(KeyCode::Esc);
        assert_eq!(h.app.main_view(), MainView::Table, "not back to the meetings twice");
    }
}

/// A Russian agreement's page named its linked projects in English: their Russian
/// names where they have one; the meeting's place in Russian too.
#[test]
fn a_russian_agreement_page_names_its_projects_and_place_in_russian() {
    set_language(Lang::Ru);
    let mut h = with_agreements(80, 24);
    h.key(KeyCode::Char('M'));
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    let shown = h.screen_text();
    set_language(Lang::En);
    assert!(shown.contains("Международный центр промышленной кооперации"), "{shown}");
    assert!(!shown.contains("International Center"), "{shown}");
    assert!(shown.contains("Хива"), "{shown}");
}

#[test]
fn a_projects_detail_lists_its_agreements() {
    let mut h = with_agreements(200, 100);
    h.key(KeyCode::Char('/'));
    h.keys("central asia");
    h.key(KeyCode::Enter);
    assert_eq!(h.app.detail.agreements.len(), 1);
    let shown = h.screen_text();
    assert!(shown.contains("1 agreement"), "{shown}");
    assert!(shown.contains("#4 ! OVERDUE (open) · due 2025-10"), "{shown}");
}

/// At 60x15 an agreement's page scrolls with its cursor: each linked project the cursor
/// reaches is on screen before Enter opens it, and on the last one the updates under it
/// show (a walk found Enter opening a project that was below the screen's edge).
#[test]
fn a_long_agreement_scrolls_to_the_linked_project_under_the_cursor() {
    let mut h = with_agreements(60, 15);
    let agreement = h
        .store
        .agreements(&AgreementQuery::default())
        .unwrap()
        .into_iter()
        .find(|a| a.text.starts_with("Report on the ICIC"))
        .expect("the overdue agreement");
    let all: Vec<i64> = (1..=9).collect();
    h.store.set_agreement(agreement.id, &[], &all, &[]).expect("linked");
    h.store
        .note_agreement(agreement.id, &"2025-10".parse().unwrap(), "Contracts signed", None)
        .expect("noted");
    h.key(KeyCode::Char('M'));
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    let on_screen = |h: &Harness| format!("{:?}", screen(h).backend().buffer());
    for (step, project) in all.iter().enumerate() {
        let shown = on_screen(&h);
        assert!(
            shown.contains(&format!(" #{project} ")),
            "step {step}: #{project} not on screen"
        );
        if step < 8 {
            h.key(KeyCode::Char('j'));
        }
    }
    assert!(
        on_screen(&h).contains("Contracts signed"),
        "the updates under the last project show"
    );
    h.key(KeyCode::Enter);
    assert!(h.app.meetings.is_none());
    assert_eq!(h.app.table.selected_project().map(|p| p.id), Some(9));
}

/// Types into the focused input of a form, then moves on with Enter.
fn fill(h: &mut Harness, values: &[&str]) {
    for value in values {
        h.keys(value);
        h.key(KeyCode::Enter);
    }
}

/// `a` on the meetings adds a meeting through a form: checked as typed (`22nd` is not a
/// number), the save says what was stored, the list shows it, `u` takes it back.
#[test]
fn a_meeting_is_added_on_the_meetings_screen_and_undone() {
    let mut h = with_agreements(80, 24);
    h.key(KeyCode::Char('M'));
    h.key(KeyCode::Char('a'));
    assert!(h.screen_text().contains("New meeting"), "{}", h.screen_text());
    // The kind comes filled in (a commission meeting); the number is typed wrong first.
    fill(&mut h, &["03.2027", "Астана"]);
    h.key(KeyCode::Enter);
    fill(&mut h, &["23rd"]);
    let shown = h.screen_text();
    assert!(shown.contains("\"23rd\" is not a meeting number"), "{shown}");
    assert_eq!(h.store.meetings().unwrap().len(), 6, "nothing written");
    for _ in 0..2 {
        h.key(KeyCode::Backspace);
    }
    h.key(KeyCode::Enter);
    assert!(
        h.status()
            .contains("Added meeting #7: commission meeting no. 23, Astana, 2027-03 (planned)"),
        "{}",
        h.status()
    );
    assert!(h.app.overlay.is_none());
    assert!(h.screen_text().contains("#7 Astana, 2027-03"), "{}", h.screen_text());
    let added = h.store.meeting(7).expect("stored");
    assert_eq!((added.place.as_str(), added.number), ("Астана", Some(23)));
    h.key(KeyCode::Char('u'));
    assert!(h.store.meeting(7).is_err(), "taken back: {}", h.status());
    assert!(h.status().contains("meeting #7"), "the undo said: {}", h.status());
    assert!(!h.screen_text().contains("#7 Astana"), "{}", h.screen_text());
}

/// `a` on a meeting's agreements adds one of that meeting; a due date before the meeting
/// is refused by the store and the form stays, its text kept; Esc on the filled form
/// asks first.
#[test]
fn an_agreement_is_added_on_a_meetings_agreements() {
    let mut h = with_agreements(80, 24);
    h.key(KeyCode::Char('M'));
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('a'));
    assert!(
        h.screen_text().contains("New agreement of meeting #6"),
        "{}",
        h.screen_text()
    );
    fill(
        &mut h,
        &["Draft the road map", "2025-01", "both", "Ministries", "central asia"],
    );
    assert!(h.status().contains("before the meeting that made it"), "{}", h.status());
    assert!(h.app.overlay.is_some(), "the form stays with what was typed");
    for _ in 0..3 {
        h.key(KeyCode::Up);
    }
    for _ in 0.."2025-01".len() {
        h.key(KeyCode::Backspace);
    }
    fill(&mut h, &["до конца 2026 года", "", "", ""]);
    assert!(
        h.status().contains(
            "Added agreement #6 of meeting #6 (Khiva, 2025-10-22 – 2025-10-23): Draft the road map; due not after 2026"
        ),
        "{}",
        h.status()
    );
    assert!(
        h.status().contains("Agreement #6: linked #6 International Center"),
        "the project linked, by name: {}",
        h.status()
    );
    assert_eq!(h.store.agreement(6).unwrap().projects, vec![6]);
    assert!(h.screen_text().contains("Draft the road map"), "{}", h.screen_text());
    // A filled form is not thrown away by one Esc.
    h.key(KeyCode::Char('a'));
    h.keys("Another");
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_some(), "the first Esc asks");
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none());
    assert_eq!(h.store.agreements(&AgreementQuery::default()).unwrap().len(), 6);
}

/// The meeting form, a problem under it, in both languages at 80x24 and 60x15.
#[test]
fn the_meeting_form_in_english_and_russian_at_80x24_and_60x15() {
    for lang in [Lang::En, Lang::Ru] {
        for (width, height) in [(80, 24), (60, 15)] {
            set_language(lang);
            let mut h = with_agreements(width, height);
            h.key(KeyCode::Char('M'));
            h.key(KeyCode::Char('a'));
            fill(&mut h, &["22.10.2025–23.10.2025", "Хива"]);
            h.key(KeyCode::Enter);
            h.keys("22nd");
            let name = format!("meetings_form_{}_{width}x{height}", lang.code());
            insta::assert_snapshot!(name, screen(&h).backend());
            // An agreement's fields, from its page, filled with its values.
            h.key(KeyCode::Esc);
            h.key(KeyCode::Esc);
            h.key(KeyCode::Enter);
            h.key(KeyCode::Enter);
            h.key(KeyCode::Char('e'));
            let name = format!("meetings_edit_agreement_{}_{width}x{height}", lang.code());
            insta::assert_snapshot!(name, screen(&h).backend());
            set_language(Lang::En);
        }
    }
}

/// `n` on an agreement's page adds a dated update on its progress: the date comes as
/// today, the save says what was stored, the page shows it, `u` takes it back.
#[test]
fn an_agreements_update_is_added_on_its_page() {
    let mut h = with_agreements(80, 24);
    h.key(KeyCode::Char('M'));
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('n'));
    assert!(
        h.screen_text().contains("Update of Agreement #4"),
        "{}",
        h.screen_text()
    );
    h.keys("Contracts signed");
    h.ctrl('s');
    assert_eq!(
        h.status(),
        "Noted on agreement #4 (2026-11-23): Contracts signed",
        "what was stored"
    );
    assert!(
        h.screen_text().contains("2026-11-23 Contracts signed"),
        "{}",
        h.screen_text()
    );
    assert_eq!(h.store.agreement_notes(4).unwrap().len(), 2);
    h.key(KeyCode::Char('u'));
    assert_eq!(h.store.agreement_notes(4).unwrap().len(), 1, "{}", h.status());
}

/// `e` opens a meeting's or an agreement's fields filled with their values: one Esc
/// closes it unchanged; a change is saved and said field by field; `u` takes it back.
#[test]
fn a_meeting_and_an_agreement_are_edited_on_the_meetings_screen() {
    let mut h = with_agreements(80, 24);
    h.key(KeyCode::Char('M'));
    h.key(KeyCode::Char('e'));
    let shown = h.screen_text();
    assert!(
        shown.contains("Meeting #6") && shown.contains("2025-10-22 – 2025-10-23"),
        "{shown}"
    );
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none(), "nothing changed: one Esc closes it");
    h.key(KeyCode::Char('e'));
    for _ in 0..3 {
        h.key(KeyCode::Tab);
    }
    h.keys("22");
    h.key(KeyCode::Enter);
    assert_eq!(
        h.status(),
        "Meeting #6 (Khiva, 2025-10-22 – 2025-10-23): set number = 22",
        "what was stored"
    );
    assert_eq!(h.store.meeting(6).unwrap().number, Some(22));
    // The overdue agreement, from its page: done.
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('e'));
    for _ in 0..4 {
        h.key(KeyCode::Tab);
    }
    for _ in 0.."open".len() {
        h.key(KeyCode::Backspace);
    }
    h.keys("finished");
    assert!(h.screen_text().contains("\"finished\" is not"), "{}", h.screen_text());
    for _ in 0.."finished".len() {
        h.key(KeyCode::Backspace);
    }
    h.keys("done");
    h.ctrl('s');
    assert_eq!(h.status(), "Agreement #4: set status = done");
    assert!(h.screen_text().contains("Agreement #4 ·   done"), "{}", h.screen_text());
    h.key(KeyCode::Char('u'));
    assert_eq!(
        h.store.agreement(4).unwrap().status,
        ortaq::domain::AgreementStatus::Open,
        "{}",
        h.status()
    );
}

/// The projects an agreement concerns are a field of its form: shown as ids, changed by
/// ids or words of names; a fragment that names several is refused with the choices.
#[test]
fn an_agreements_projects_are_linked_and_unlinked_in_its_form() {
    let mut h = with_agreements(80, 24);
    h.key(KeyCode::Char('M'));
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('e'));
    for _ in 0..5 {
        h.key(KeyCode::Tab);
    }
    assert!(h.screen_text().contains("Projects    #6"), "{}", h.screen_text());
    for _ in 0.."#6".len() {
        h.key(KeyCode::Backspace);
    }
    h.keys("production");
    h.key(KeyCode::Enter);
    assert!(h.status_is_error(), "several match: {}", h.status());
    assert!(h.app.overlay.is_some(), "the form stays");
    for _ in 0.."production".len() {
        h.key(KeyCode::Backspace);
    }
    h.keys("angren");
    h.key(KeyCode::Enter);
    let said = h.status();
    assert!(
        said.contains("Agreement #4: linked #5 Autoclaved aerated concrete production")
            && said.contains("Agreement #4: unlinked #6 International Center"),
        "{said}"
    );
    assert_eq!(h.store.agreement(4).unwrap().projects, vec![5]);
}
