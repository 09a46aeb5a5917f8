//! The commission's meetings and what they agreed (issue 24): the seed against the
//! articles, the commands and what each save says, overdue, roles, undo and history.

mod common;

use common::TestDb;
use ortaq::store::{AgreementQuery, NewAgreement, NewPerson, Role, Store};

/// Runs a command that must succeed: (standard output, standard error).
fn run(db: &TestDb, args: &[&str]) -> (String, String) {
    let output = db.cmd().args(args).output().expect("run ortaq");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(output.status.success(), "ortaq {args:?} failed: {stderr}");
    (String::from_utf8(output.stdout).expect("UTF-8"), stderr)
}

fn seeded() -> TestDb {
    let db = TestDb::new();
    db.ok(&["meeting", "list"]);
    db
}

fn json(db: &TestDb, args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_str(&db.ok(&all)).expect("JSON")
}

#[test]
fn the_seeded_meetings_are_those_of_the_articles_with_no_date_more_precise_than_the_text() {
    let db = seeded();
    let listed = json(&db, &["meeting", "list"]);
    let rows: Vec<(String, String, String, String, String)> = listed["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let text = |key: &str| match &m[key] {
                serde_json::Value::Null => String::new(),
                other => other.as_str().map_or_else(|| other.to_string(), str::to_string),
            };
            (text("date"), text("place"), text("kind"), text("number"), text("state"))
        })
        .collect();
    let expected = [
        // 004 l. 15: "Очередное заседание … пройдёт 22–23 октября в Хиве": announced, never held on record.
        (
            "2025-10-22/2025-10-23",
            "Khiva",
            "commission",
            "",
            "not_recorded_as_held",
        ),
        // 000 l. 8: the IV Forum in Samarkand; undated, not before September 2024.
        ("2024-09/..", "Samarkand", "forum", "4", "held"),
        // 001 l. 3: "On July 12, the 21st meeting … was held in Almaty".
        ("2024-07-12", "Almaty", "commission", "21", "held"),
        // 003: the presidents' talks in Khiva, early 2024.
        ("2024-37", "Khiva", "talks", "", "held"),
        // 002 l. 7: "On November 25-26 this year in Turkestan" (the year is the editors').
        ("2021-11-25/2021-11-26", "Turkestan", "forum", "3", "held"),
        ("2021-11-25/2021-11-26", "Turkestan", "commission", "", "held"),
    ];
    let expected: Vec<(String, String, String, String, String)> = expected
        .iter()
        .map(|(a, b, c, d, e)| {
            (
                a.to_string(),
                b.to_string(),
                c.to_string(),
                d.to_string(),
                e.to_string(),
            )
        })
        .collect();
    assert_eq!(rows, expected);
    // Three agreements, each where a text states one, all of both sides, none with a due date.
    let agreements = json(&db, &["agreement", "list"]);
    let agreements = agreements["agreements"].as_array().unwrap();
    assert_eq!(agreements.len(), 3);
    assert!(
        agreements
            .iter()
            .all(|a| a["side"] == "both" && a["due"] == "" && a["status"] == "open")
    );
    let texts: Vec<&str> = agreements.iter().map(|a| a["agreement"].as_str().unwrap()).collect();
    assert!(
        texts[0].contains("new package of investment and trade agreements"),
        "{texts:?}"
    );
    assert!(
        texts[1].contains("long-term industrial cooperation program"),
        "{texts:?}"
    );
    assert!(texts[2].contains("action plan for accelerating"), "{texts:?}");
    // The seed's rows are the seed's.
    assert_eq!(
        db.count("SELECT count(*) FROM commission_changes WHERE author <> 'seed'"),
        0
    );
}

#[test]
fn an_agreement_added_says_what_it_stored_and_is_overdue_after_its_last_day() {
    let db = seeded();
    let (id, said) = run(
        &db,
        &[
            "agreement",
            "add",
            "khiva 2025",
            "Draft the joint logistics strategy",
            "--due",
            "by the end of 2025",
            "--side",
            "both",
            "--responsible",
            "Ministries of transport",
            "--project",
            "Angren",
            "--project",
            "Central Asia",
        ],
    );
    assert_eq!(id.trim(), "4");
    assert!(
        said.contains("Added agreement #4 of meeting #6 (Khiva, 2025-10-22 – 2025-10-23)"),
        "{said}"
    );
    assert!(said.contains("due not after 2025"), "{said}");
    assert!(
        said.contains("linked #5 Autoclaved aerated concrete production, #6 International Center"),
        "{said}"
    );
    let overdue = json(&db, &["agreement", "list", "--overdue"]);
    let overdue = overdue["agreements"].as_array().unwrap();
    assert_eq!(overdue.len(), 1, "{overdue:?}");
    assert_eq!(overdue[0]["status"], "overdue");
    assert_eq!(overdue[0]["stored_status"], "open", "data keeps what is stored");
    assert_eq!(overdue[0]["due"], "../2025");
    // A project's show lists its agreements, overdue said in words.
    let shown = db.ok(&["show", "Angren"]);
    assert!(
        shown.contains("Draft the joint logistics strategy") && shown.contains("OVERDUE (open)"),
        "{shown}"
    );
    assert!(
        !db.ok(&["show", "Onix"]).contains("Agreements"),
        "a project with none lists none"
    );
    let (_, said) = run(&db, &["--lang", "ru", "agreement", "list", "--overdue"]);
    assert!(said.contains("1 поручение просрочено"), "{said}");
    // Done, it is no longer overdue; the save says the value.
    let (_, said) = run(&db, &["agreement", "set", "4", "status=done"]);
    assert!(said.contains("Agreement #4: set status = done"), "{said}");
    assert_eq!(
        json(&db, &["agreement", "list", "--overdue"])["agreements"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    // Filters: by project, meeting, side, status and due date.
    let count = |args: &[&str]| json(&db, args)["agreements"].as_array().unwrap().len();
    assert_eq!(count(&["agreement", "list", "--project", "Angren"]), 1);
    assert_eq!(count(&["agreement", "list", "--meeting", "samarkand"]), 1);
    assert_eq!(count(&["agreement", "list", "--side", "kz"]), 0);
    assert_eq!(count(&["agreement", "list", "--status", "open"]), 3);
    assert_eq!(count(&["agreement", "list", "--due-before", "2026-01-01"]), 1);
    assert_eq!(count(&["agreement", "list", "--due-before", "2025-06"]), 0);
    assert_eq!(
        count(&["agreement", "list", "--due-before", "2025-12-31"]),
        0,
        "due on that day: not before"
    );
}

#[test]
fn russian_plurals_and_words_throughout() {
    let db = seeded();
    for (due, text) in [
        ("до конца 2024 года", "Первое"),
        ("2025-01", "Второе"),
        ("2025-02", "Третье"),
    ] {
        let (_, said) = run(
            &db,
            &[
                "--lang",
                "ru",
                "agreement",
                "add",
                "#4",
                text,
                "--due",
                due,
                "--side",
                "uz",
            ],
        );
        assert!(said.contains("Добавлено поручение №"), "{said}");
    }
    let (_, said) = run(&db, &["--lang", "ru", "agreement", "list"]);
    assert!(said.contains("3 поручения просрочены"), "{said}");
    let (out, _) = run(&db, &["--lang", "ru", "agreement", "list", "--overdue"]);
    assert!(out.contains("ПРОСРОЧЕНО (открыто)") && out.contains("РУз"), "{out}");
    let (out, _) = run(&db, &["--lang", "ru", "meeting", "list"]);
    assert!(out.contains("объявлено; проведение не отмечено"), "{out}");
    assert!(out.contains("22.10.2025 – 23.10.2025"), "{out}");
}

#[test]
fn a_meeting_named_ambiguously_is_refused_with_the_choices() {
    let db = seeded();
    let error = db.fails(&["agreement", "add", "khiva", "Something"]);
    assert!(
        error.contains("matches 2 meetings") && error.contains("#6") && error.contains("#3"),
        "{error}"
    );
    let error = db.fails(&["agreement", "add", "nowhere", "Something"]);
    assert!(error.contains("no meeting matches \"nowhere\""), "{error}");
    let error = db.fails(&["agreement", "add", "#6", "Something", "--side", "ru"]);
    assert!(error.contains("is not a side"), "{error}");
    assert_eq!(db.count("SELECT count(*) FROM agreements"), 3, "nothing written");
}

#[test]
fn undo_takes_back_the_last_change_whichever_it_was_and_history_keeps_it() {
    let db = seeded();
    db.ok(&["set", "Angren", "status=construction"]);
    db.ok(&["agreement", "add", "#6", "Review the ICIC", "--due", "2025-12"]);
    run(
        &db,
        &[
            "agreement",
            "note",
            "4",
            "Reviewed at the working group",
            "--date",
            "2025-11",
        ],
    );
    let (_, said) = run(&db, &["undo"]);
    assert!(said.contains("undone: agreement #4"), "{said}");
    assert_eq!(
        db.count("SELECT count(*) FROM agreement_notes WHERE deleted_at IS NULL"),
        0
    );
    let (_, said) = run(&db, &["redo"]);
    assert!(said.contains("redone: agreement #4"), "{said}");
    assert_eq!(
        db.count("SELECT count(*) FROM agreement_notes WHERE deleted_at IS NULL"),
        1
    );
    run(&db, &["undo"]);
    run(&db, &["undo"]);
    assert_eq!(
        db.count("SELECT count(*) FROM agreements WHERE deleted_at IS NULL"),
        3,
        "the creation undone"
    );
    // The project's edit came before: the next undo reaches it.
    let (_, said) = run(&db, &["undo"]);
    assert!(said.contains("Autoclaved") || said.contains("status"), "{said}");
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE status = 'construction' AND id = 5"),
        0
    );
    // The history shows every step, newest first, with its author.
    let history = json(&db, &["agreement", "history", "4"]);
    let rows = history["history"].as_array().unwrap();
    assert_eq!(rows.len(), 6, "{rows:?}");
    assert_eq!(rows.last().unwrap()["field"], "created");
    assert!(
        rows.iter().all(|r| r["author"] == common::os_user().as_str()),
        "{rows:?}"
    );
    // Nothing is rewritten: the log holds every step, do and undo.
    assert_eq!(
        db.count("SELECT count(*) FROM commission_changes WHERE entity_id = 4 AND entity = 'agreement'"),
        6
    );
}

#[test]
fn a_meeting_set_as_held_is_no_longer_said_unrecorded() {
    let db = seeded();
    let (_, said) = run(&db, &["meeting", "set", "khiva 2025", "held=yes", "number=22"]);
    assert!(
        said.contains("Meeting #6 (Khiva, 2025-10-22 – 2025-10-23): set held = yes, number = 22"),
        "{said}"
    );
    let listed = json(&db, &["meeting", "show", "6"]);
    let state = listed["meeting"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "state")
        .cloned();
    assert_eq!(state.unwrap()["value"], "held");
    let error = db.fails(&["meeting", "set", "6", "kind=summit"]);
    assert!(error.contains("is not a kind of meeting"), "{error}");
    let (out, said) = run(
        &db,
        &[
            "meeting", "add", "--date", "2027-03", "--place", "Astana", "--number", "23",
        ],
    );
    assert_eq!(out.trim(), "7");
    assert!(
        said.contains("Added meeting #7: commission meeting no. 23, Astana, 2027-03 (planned)"),
        "{said}"
    );
}

#[test]
fn viewers_read_and_editors_write_agreements() {
    let db = seeded();
    let mut admin = Store::open(&db.path).expect("database");
    let person = |name: &str, role| NewPerson {
        name: name.to_string(),
        role,
        public_key: format!("ssh-ed25519 AAAA{name}"),
        fingerprint: format!("SHA256:{name}"),
    };
    admin.add_person(&person("boss", Role::Admin)).expect("admin");
    let viewer = admin.add_person(&person("vera", Role::Viewer)).expect("viewer");
    let editor = admin.add_person(&person("ed", Role::Editor)).expect("editor");
    let new = NewAgreement {
        meeting_id: 6,
        text: "Prepare the agenda".into(),
        side: None,
        responsible: None,
        due: None,
        status: ortaq::domain::AgreementStatus::Open,
        source_id: None,
        projects: Vec::new(),
    };
    let mut as_viewer = Store::open(&db.path).expect("session");
    as_viewer.serve_as(&viewer);
    assert!(
        as_viewer
            .agreements(&AgreementQuery::default())
            .is_ok_and(|a| a.len() == 3)
    );
    assert!(as_viewer.add_agreement(&new).is_err(), "a viewer may not write");
    assert!(
        as_viewer
            .note_agreement(1, &"2025".parse().unwrap(), "x", None)
            .is_err()
    );
    let mut as_editor = Store::open(&db.path).expect("session");
    as_editor.serve_as(&editor);
    let added = as_editor.add_agreement(&new).expect("an editor may");
    let history = as_editor
        .commission_history(ortaq::store::Entity::Agreement, added.id)
        .expect("history");
    assert_eq!(history[0].author, "ed");
    // Demoted while connected, the editor's next write is refused.
    admin.set_role("ed", Role::Viewer).expect("demoted");
    assert!(as_editor.set_agreement(added.id, &[], &[5], &[]).is_err());
}

/// The schema as SQLite holds it, whitespace and quotes aside.
fn schema_of(db: &TestDb) -> Vec<(String, String)> {
    let conn = db.sql();
    let mut statement = conn
        .prepare("SELECT name, coalesce(sql, '') FROM sqlite_master ORDER BY name")
        .unwrap();
    statement
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
        .map(|row| {
            let (name, sql) = row.unwrap();
            (name, sql.chars().filter(|c| !c.is_whitespace() && *c != '"').collect())
        })
        .collect()
}

#[test]
fn a_version_7_database_gets_the_tables_and_the_seeds_meetings_on_its_own_sources() {
    let fresh = seeded();
    let db = seeded();
    // Made a version-7 file: what versions 8 and 9 added taken away, an analyst's edit kept.
    db.ok(&["set", "Angren", "status=construction"]);
    db.sql()
        .execute_batch(
            "DROP TABLE figure_changes; DROP TABLE commission_changes; DROP TABLE agreement_notes; DROP TABLE agreement_projects;
             DROP TABLE agreements; DROP TABLE meetings; PRAGMA user_version = 7;",
        )
        .unwrap();
    let listed = json(&db, &["meeting", "list"]);
    assert_eq!(db.count("PRAGMA user_version"), ortaq::store::SCHEMA_VERSION);
    assert_eq!(schema_of(&db), schema_of(&fresh));
    assert_eq!(listed["meetings"].as_array().unwrap().len(), 6);
    assert_eq!(db.count("SELECT count(*) FROM agreements"), 3);
    // Each meeting on the seed source its article is, found by its title.
    assert_eq!(
        db.count(
            "SELECT count(*) FROM meetings m JOIN sources s ON s.id = m.source_id
              WHERE (m.place = 'Almaty' AND s.publisher LIKE 'The Times of Central Asia%')
                 OR (m.place = 'Samarkand' AND s.publisher LIKE 'informkz%')"
        ),
        2
    );
    // The analyst's edit stays, and undo still reaches it first.
    let (_, said) = run(&db, &["undo"]);
    assert!(
        said.contains("#5 Autoclaved aerated concrete production: status: construction"),
        "{said}"
    );
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE status = 'construction'"),
        1,
        "only the ICIC"
    );
}

#[test]
fn the_agenda_for_khiva_is_drawn_in_every_format() {
    let db = seeded();
    // Made at the Almaty meeting, due before Khiva's.
    db.ok(&[
        "agreement",
        "add",
        "almaty",
        "<b>Report</b> on the ICIC",
        "--due",
        "2025-09",
        "--project",
        "Central Asia",
    ]);
    db.ok(&["agreement", "add", "khiva 2025", "Later item", "--due", "2026-06"]);
    let text = db.ok(&["agenda", "--meeting", "khiva 2025"]);
    assert!(
        text.starts_with("Agenda: commission meeting, Khiva, 2025-10-22 – 2025-10-23"),
        "{text}"
    );
    assert!(text.contains("announced; not recorded as held"), "{text}");
    assert!(
        text.contains("Since the previous meeting: forum №4, Samarkand"),
        "{text}"
    );
    // Due by the meeting: the September item (overdue); the 2026 one among the other open ones.
    let due = text.split("Agreements due by this meeting").nth(1).unwrap();
    let (due, rest) = due.split_once("Other open agreements").unwrap();
    assert!(
        due.contains("<b>Report</b> on the ICIC") && due.contains("OVERDUE (open)"),
        "{due}"
    );
    assert!(!due.contains("Later item") && rest.contains("Later item"), "{text}");
    assert!(
        text.contains("Tracked vs reported") && text.contains("Sources cited"),
        "{text}"
    );
    assert!(text.contains("BAQ.KZ"), "the Khiva meeting's source is cited: {text}");
    let markdown = db.ok(&["agenda", "--meeting", "6", "--format", "markdown"]);
    assert!(markdown.starts_with("# Agenda: commission meeting"), "{markdown}");
    assert!(
        markdown.contains("## Agreements due by this meeting (overdue first)"),
        "{markdown}"
    );
    let html = db.ok(&["--lang", "ru", "agenda", "--meeting", "6", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains("&lt;b&gt;Report&lt;/b&gt;") && !html.contains("<b>Report"),
        "escaped"
    );
    assert!(html.contains("Повестка: заседание Межправкомиссии, Хива"), "{html}");
    assert!(html.contains("ПРОСРОЧЕНО"), "{html}");
    // Where the portfolio stands and how the reported figures moved, drawn as charts
    // (the seed's projects reported in three articles: a line).
    assert!(html.contains("<figcaption>Проекты</figcaption>"), "{html}");
    assert!(
        html.contains("<h2>Официальные показатели портфеля во времени</h2>"),
        "{html}"
    );
    assert!(html.matches("<svg role=\"img\"").count() >= 2, "{html}");
    let json = json(&db, &["agenda", "--meeting", "6"]);
    assert_eq!(json["meeting"], "6");
    assert_eq!(json["previous"], "5");
    assert_eq!(json["due"][0]["status"], "overdue");
    let file = db.dir.path().join("agenda.xlsx");
    db.ok(&[
        "agenda",
        "--meeting",
        "6",
        "--format",
        "xlsx",
        "-o",
        &file.display().to_string(),
    ]);
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(&file).expect("an xlsx file");
    let names = book.sheet_names();
    assert!(names.iter().any(|n| n.starts_with("Agreements due by")), "{names:?}");
    assert!(names.iter().any(|n| n == "Reported portfolio figures"), "{names:?}");
    let due = book.worksheet_range(&names[0]).expect("the sheet");
    let cells: Vec<String> = due.rows().flatten().map(Data::to_string).collect();
    assert!(cells.iter().any(|c| c == "<b>Report</b> on the ICIC"), "{cells:?}");
    assert!(cells.iter().any(|c| c.starts_with("OVERDUE")), "{cells:?}");
}

#[test]
fn the_digest_says_which_agreements_were_added_done_dropped_or_fell_overdue() {
    let db = seeded();
    db.ok(&["agreement", "add", "#4", "Item A", "--due", "2025-09"]);
    db.ok(&["agreement", "add", "#6", "Item B"]);
    db.ok(&["agreement", "add", "#6", "Item C"]);
    db.ok(&["agreement", "set", "5", "status=dropped"]);
    db.ok(&["agreement", "set", "6", "status=done"]);
    let digest = json(&db, &["digest", "--since", "2020-01-01"]);
    let events: Vec<(String, i64)> = digest["agreement_events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["event"].as_str().unwrap().to_string(), e["id"].as_i64().unwrap()))
        .collect();
    for expected in [
        ("added", 4),
        ("added", 5),
        ("dropped", 5),
        ("done", 6),
        ("newly_overdue", 4),
    ] {
        assert!(
            events.contains(&(expected.0.to_string(), expected.1)),
            "{expected:?} in {events:?}"
        );
    }
    assert!(
        !events.contains(&("newly_overdue".to_string(), 5)),
        "no due date, never overdue"
    );
    // Over the last week, Item A's September 2025 is not newly overdue.
    let week = json(&db, &["digest", "--since", "7d"]);
    let newly: Vec<&serde_json::Value> = week["agreement_events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["event"] == "newly_overdue")
        .collect();
    assert!(newly.is_empty(), "{newly:?}");
}

/// Taking back the adding of an agreement or a meeting deletes it: refused while someone
/// else's work stands on it, as for a project (a review found an editor's undo hid another
/// editor's status, notes and agreements).
#[test]
fn undoing_an_addition_others_built_on_is_refused() {
    let db = seeded();
    let mut admin = Store::open(&db.path).expect("database");
    let person = |name: &str| NewPerson {
        name: name.to_string(),
        role: Role::Editor,
        public_key: format!("ssh-ed25519 AAAA{name}"),
        fingerprint: format!("SHA256:{name}"),
    };
    admin
        .add_person(&NewPerson {
            role: Role::Admin,
            ..person("boss")
        })
        .expect("admin");
    let emma = admin.add_person(&person("emma")).expect("emma");
    let ed = admin.add_person(&person("ed")).expect("ed");
    let mut as_emma = Store::open(&db.path).expect("session");
    as_emma.serve_as(&emma);
    let mut as_ed = Store::open(&db.path).expect("session");
    as_ed.serve_as(&ed);
    // An agreement emma added and ed linked to a project since.
    let added = as_emma
        .add_agreement(&NewAgreement {
            meeting_id: 6,
            text: "Prepare the agenda".into(),
            side: None,
            responsible: None,
            due: None,
            status: ortaq::domain::AgreementStatus::Open,
            source_id: None,
            projects: Vec::new(),
        })
        .expect("added");
    as_ed.set_agreement(added.id, &[], &[5], &[]).expect("linked");
    let refused = as_emma.undo_last().expect_err("ed's link stands on it");
    let said = ortaq::i18n::error::store_error(&refused);
    assert!(
        said.contains("cannot undo adding agreement") && said.contains("ed"),
        "{said}"
    );
    assert!(as_emma.agreement(added.id).is_ok(), "the agreement is still there");
    // A meeting emma added, on which ed then added an agreement.
    let meeting = as_emma
        .add_meeting(
            &ortaq::store::NewMeeting {
                date: "2025-06".parse().unwrap(),
                place: "Astana".into(),
                kind: ortaq::domain::MeetingKind::WorkingGroup,
                number: None,
                co_chairs: None,
                title: None,
                held: false,
                source_id: None,
            },
            &ortaq::store::place_as_stored,
        )
        .expect("meeting");
    as_ed
        .add_agreement(&NewAgreement {
            meeting_id: meeting.id,
            text: "Draft the road map".into(),
            side: None,
            responsible: None,
            due: None,
            status: ortaq::domain::AgreementStatus::Open,
            source_id: None,
            projects: Vec::new(),
        })
        .expect("ed's agreement");
    let refused = as_emma.undo_last().expect_err("ed's agreement stands on it");
    let said = ortaq::i18n::error::store_error(&refused);
    assert!(said.contains("cannot undo adding meeting"), "{said}");
    // Alone, emma's addition is hers to take back.
    let alone = as_emma
        .add_meeting(
            &ortaq::store::NewMeeting {
                date: "2025-07".parse().unwrap(),
                place: "Tashkent".into(),
                kind: ortaq::domain::MeetingKind::WorkingGroup,
                number: None,
                co_chairs: None,
                title: None,
                held: false,
                source_id: None,
            },
            &ortaq::store::place_as_stored,
        )
        .expect("meeting");
    as_emma.undo_last().expect("nobody built on it");
    assert!(as_emma.meeting(alone.id).is_err(), "taken back");
}

/// What has not happened cannot be recorded: a meeting held before its date, an
/// agreement's update dated after today (as a project's update is refused).
#[test]
fn a_future_meeting_is_not_held_and_an_update_is_not_dated_ahead() {
    let db = seeded();
    let refused = db.fails(&["meeting", "add", "--date", "2099-05-01", "--place", "Astana", "--held"]);
    assert!(refused.contains("has not taken place yet"), "{refused}");
    let planned = db.ok(&["meeting", "add", "--date", "2099-05-01", "--place", "Astana"]);
    let id = planned.trim();
    let refused = db.fails(&["meeting", "set", id, "held=yes"]);
    assert!(refused.contains("has not taken place yet"), "{refused}");
    let refused = db.fails(&["agreement", "note", "1", "later", "--date", "2099-01-01"]);
    assert!(refused.contains("has not come yet"), "{refused}");
    let refused = db.fails(&["--lang", "ru", "agreement", "note", "1", ""]);
    assert!(
        !refused.contains("TEXT"),
        "the empty note is said as a project's is: {refused}"
    );
    assert_eq!(db.count("SELECT count(*) FROM agreement_notes WHERE text = 'later'"), 0);
}

/// `meeting set` and `agreement set` say each value stored, its field named in the
/// language spoken (a Russian screen said `изменено held` and `status = открыто`).
#[test]
fn meeting_and_agreement_saves_name_their_fields_in_russian() {
    let db = seeded();
    let (_, said) = run(
        &db,
        &[
            "--lang",
            "ru",
            "meeting",
            "set",
            "khiva 2025",
            "number=22",
            "co_chairs=А. Б.",
        ],
    );
    assert!(
        said.contains("номер = 22") && said.contains("сопредседатели = А. Б."),
        "{said}"
    );
    let (_, said) = run(
        &db,
        &[
            "--lang",
            "ru",
            "agreement",
            "set",
            "1",
            "status=in_progress",
            "responsible=МИД",
        ],
    );
    assert!(
        said.contains("статус = ") && said.contains("ответственный = МИД"),
        "{said}"
    );
    assert!(!said.contains("status") && !said.contains("responsible"), "{said}");
}

/// A walk added the 21st meeting twice (same kind, date and place) and both were kept:
/// the second is refused, naming the first; the same place typed in Russian is the same.
#[test]
fn a_meeting_added_twice_is_refused_naming_the_one_recorded() {
    let db = seeded();
    let refused = db.fails(&[
        "meeting",
        "add",
        "--date",
        "2024-07-12",
        "--place",
        "almaty",
        "--kind",
        "commission",
    ]);
    assert!(
        refused.contains("already recorded") && refused.contains("#4 2024-07-12, Almaty"),
        "{refused}"
    );
    let refused = db.fails(&[
        "--lang",
        "ru",
        "meeting",
        "add",
        "--date",
        "12.07.2024",
        "--place",
        "Алматы",
    ]);
    assert!(
        refused.contains("уже записано") && refused.contains("#4 12.07.2024, Алматы"),
        "{refused}"
    );
    assert_eq!(db.count("SELECT count(*) FROM meetings"), 6, "nothing written");
    // Another kind of meeting on the same days in the same town is another meeting.
    db.ok(&[
        "meeting",
        "add",
        "--date",
        "2024-07-12",
        "--place",
        "Almaty",
        "--kind",
        "forum",
    ]);
    // Nor can a change make one meeting the double of another: the 2021 forum in
    // Turkestan set as a commission meeting is the commission meeting #1 of those days.
    let refused = db.fails(&["meeting", "set", "2", "kind=commission"]);
    assert!(
        refused.contains("already recorded") && refused.contains("#1 "),
        "{refused}"
    );
    assert_eq!(
        db.count("SELECT count(*) FROM meetings WHERE id = 2 AND kind = 'forum'"),
        1,
        "nothing written"
    );
}

/// An agreement due before the meeting that made it is a typo: refused with the reason,
/// whether added or set (its due date, or its meeting moved later).
#[test]
fn an_agreement_due_before_its_meeting_is_refused() {
    let db = seeded();
    let refused = db.fails(&["agreement", "add", "#4", "Build it", "--due", "2024-06"]);
    assert!(
        refused.contains("cannot be due 2024-06, before the meeting that made it (#4 2024-07-12, Almaty)"),
        "{refused}"
    );
    let refused = db.fails(&["agreement", "set", "3", "due=2023"]);
    assert!(refused.contains("before the meeting that made it"), "{refused}");
    db.ok(&["agreement", "set", "1", "due=2022"]);
    let refused = db.fails(&["agreement", "set", "1", "meeting=#6"]);
    assert!(refused.contains("before the meeting that made it (#6"), "{refused}");
    // Due in the meeting's own month is not before it.
    db.ok(&["agreement", "add", "#4", "Report back", "--due", "2024-07"]);
    assert_eq!(db.count("SELECT count(*) FROM agreements WHERE text = 'Build it'"), 0);
}

/// `--number 22nd` was stored as 22: a meeting's number is a number alone.
#[test]
fn a_meeting_number_is_a_plain_number() {
    let db = seeded();
    for typed in ["22nd", "22-е", "№22", "twenty-two", "0"] {
        let refused = db.fails(&[
            "meeting", "add", "--date", "2026-05", "--place", "Astana", "--number", typed,
        ]);
        assert!(refused.contains("is not a meeting number"), "{typed}: {refused}");
        let refused = db.fails(&["meeting", "set", "6", &format!("number={typed}")]);
        assert!(refused.contains("is not a meeting number"), "{typed}: {refused}");
    }
    assert_eq!(db.count("SELECT count(*) FROM meetings WHERE number = 22"), 0);
    db.ok(&["meeting", "set", "6", "number= 22 "]);
    assert_eq!(db.count("SELECT count(*) FROM meetings WHERE number = 22"), 1);
}

/// `agenda --meeting 4 --since 6` ran the digest from a meeting after the one it was for:
/// refused, naming both. `--since` also takes a day.
#[test]
fn an_agenda_since_a_later_meeting_is_refused_and_since_takes_a_day() {
    let db = seeded();
    let refused = db.fails(&["agenda", "--meeting", "4", "--since", "6"]);
    assert!(
        refused.contains("#6 2025-10-22 – 2025-10-23, Khiva") && refused.contains("#4 2024-07-12, Almaty"),
        "{refused}"
    );
    let refused = db.fails(&["agenda", "--meeting", "4", "--since", "4"]);
    assert!(refused.contains("is not before the meeting"), "{refused}");
    let refused = db.fails(&["agenda", "--meeting", "4", "--since", "2024-08-01"]);
    assert!(refused.contains("--since 2024-08-01 is not before"), "{refused}");
    let agenda = db.ok(&["agenda", "--meeting", "6", "--since", "2024-09-01"]);
    assert!(agenda.contains("Since 2024-09-01"), "{agenda}");
    let data = json(&db, &["agenda", "--meeting", "6", "--since", "01.09.2024"]);
    assert!(
        data["since"].as_str().is_some_and(|s| s.starts_with("2024-0")),
        "the digest runs from the day: {data}"
    );
    db.ok(&["agenda", "--meeting", "6", "--since", "4"]);
}

/// `хива` found no meeting: a place is found by its name in either language and script,
/// in any case, and shown in the language spoken.
#[test]
fn a_meeting_place_is_found_in_either_script_and_shown_in_the_language_spoken() {
    let db = seeded();
    for typed in ["хива 2025", "ХИВА 2025", "Khiva 2025", "khiva 2025"] {
        let shown = db.ok(&["meeting", "show", typed]);
        assert!(shown.contains("#6 2025-10-22 – 2025-10-23, Khiva"), "{typed}: {shown}");
    }
    let refused = db.fails(&["meeting", "show", "хива"]);
    assert!(
        refused.contains("matches 2 meetings") && refused.contains("#3 early 2024, Khiva"),
        "the choices in words: {refused}"
    );
    let (shown, _) = run(&db, &["--lang", "ru", "meeting", "show", "khiva 2025"]);
    assert!(shown.contains("#6 22.10.2025 – 23.10.2025, Хива"), "{shown}");
    let id = db.ok(&[
        "meeting",
        "add",
        "--date",
        "2026-03",
        "--place",
        "ангрен",
        "--kind",
        "working_group",
    ]);
    let (_, said) = run(&db, &["--lang", "ru", "agreement", "add", "#4", "Пример"]);
    assert!(
        said.contains("(Алматы, 12.07.2024)"),
        "the save names the place in Russian: {said}"
    );
    let shown = db.ok(&["meeting", "show", "Angren"]);
    assert!(shown.contains(&format!("#{} 2026-03, Angren", id.trim())), "{shown}");
}

/// The lists said their title twice (`Meetings` above `Meetings`); a meeting's title
/// and its history printed EDTF (`2024-37`), and an agreement's history a note's id.
#[test]
fn lists_are_titled_once_and_histories_say_dates_and_updates_in_words() {
    let db = seeded();
    for (args, title) in [
        (&["meeting", "list"][..], "Meetings\n"),
        (&["agreement", "list"][..], "Agreements\n"),
        (&["agreement", "history", "1"][..], "History of agreement #1\n"),
    ] {
        let text = db.ok(args);
        assert_eq!(text.matches(title).count(), 1, "{args:?}: {text}");
        let markdown = db.ok(&[args, &["--format", "markdown"][..]].concat());
        assert!(!markdown.contains(&format!("## {title}")), "{args:?}: {markdown}");
    }
    let shown = db.ok(&["meeting", "show", "3"]);
    assert!(shown.starts_with("#3 early 2024, Khiva\n"), "{shown}");
    let history = db.ok(&["meeting", "history", "3"]);
    assert!(
        history.contains("created") && history.contains("early 2024, Khiva"),
        "{history}"
    );
    assert!(!history.contains("2024-37"), "{history}");
    db.ok(&["agreement", "note", "1", "Talks began", "--date", "autumn 2025"]);
    db.ok(&[
        "agreement",
        "set",
        "1",
        "due=by the end of 2025",
        "--link",
        "Central Asia",
    ]);
    let history = db.ok(&["agreement", "history", "1"]);
    assert!(
        history.contains("update") && history.contains("autumn 2025: Talks began"),
        "{history}"
    );
    assert!(
        history.contains("not after 2025") && !history.contains("../2025"),
        "{history}"
    );
    assert!(
        history.contains("linked project") && history.contains("#6 International Center"),
        "{history}"
    );
    let (history, _) = run(&db, &["--lang", "ru", "agreement", "history", "1"]);
    assert!(
        history.contains("осень 2025: Talks began") && history.contains("#6 Международный центр"),
        "{history}"
    );
    // Machines keep what is stored.
    let data = json(&db, &["agreement", "history", "1"]);
    let due = data["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == "due")
        .cloned();
    assert_eq!(due.map(|c| c["new"].clone()), Some(serde_json::json!("../2025")));
    let (shown, _) = run(&db, &["--lang", "ru", "agreement", "show", "1"]);
    assert!(shown.contains("#6 Международный центр"), "{shown}");
}

/// A meeting moved after the due dates of its agreements left them due before the
/// meeting that made them (and overdue on the agenda a year early): refused, naming them.
#[test]
fn a_meeting_cannot_move_after_its_agreements_due_dates() {
    let db = seeded();
    db.ok(&["agreement", "add", "#4", "Build it", "--due", "2024-09"]);
    let id = db.count("SELECT id FROM agreements WHERE text = 'Build it'");
    let refused = db.fails(&["meeting", "set", "4", "date=2024-10-01"]);
    assert!(
        refused.contains("the meeting cannot be dated 2024-10-01")
            && refused.contains(&format!("#{id} \"Build it\", due 2024-09")),
        "{refused}"
    );
    let refused = db.fails(&["--lang", "ru", "meeting", "set", "4", "date=2025"]);
    assert!(
        refused.contains("дата заседания не может быть «2025»")
            && refused.contains(&format!("№{id} «Build it», срок 09.2024")),
        "{refused}"
    );
    assert_eq!(
        db.count("SELECT count(*) FROM meetings WHERE id = 4 AND date = '2024-07-12'"),
        1,
        "nothing written"
    );
    // Moved to the due month itself, or earlier, is fine.
    db.ok(&["meeting", "set", "4", "date=2024-09-05"]);
}

/// An update on an agreement dated before the meeting that made it (`2024-21`, spring
/// 2024, on an agreement of a later meeting) is a typo: refused with the reason.
#[test]
fn an_agreement_update_before_its_meeting_is_refused() {
    let db = seeded();
    db.ok(&["agreement", "add", "#4", "Build it"]);
    let id = db
        .count("SELECT id FROM agreements WHERE text = 'Build it'")
        .to_string();
    let refused = db.fails(&["agreement", "note", &id, "Started", "--date", "2024-21"]);
    assert!(
        refused.contains("cannot be dated spring 2024, before the meeting that made it (#4 2024-07-12, Almaty)"),
        "{refused}"
    );
    let refused = db.fails(&["--lang", "ru", "agreement", "note", &id, "Начато", "--date", "2024-06"]);
    assert!(refused.contains("раньше заседания, на котором оно дано"), "{refused}");
    assert_eq!(
        db.count("SELECT count(*) FROM agreement_notes WHERE text IN ('Started', 'Начато')"),
        0
    );
    // The meeting's own month may hold it.
    db.ok(&["agreement", "note", &id, "Started", "--date", "2024-07"]);
}

/// `meeting add --number 22` said what it stored but left out the number typed.
#[test]
fn a_meeting_added_says_its_series_number() {
    let db = seeded();
    let (_, said) = run(
        &db,
        &[
            "meeting", "add", "--date", "2026-05", "--place", "Astana", "--number", "22",
        ],
    );
    assert!(said.contains("commission meeting no. 22, Astana"), "{said}");
    let (_, said) = run(
        &db,
        &[
            "--lang", "ru", "meeting", "add", "--date", "2026-05", "--place", "Astana", "--kind", "forum", "--number",
            "5",
        ],
    );
    assert!(said.contains(" №5, Астана"), "{said}");
}
