//! The real binary in a pseudo-terminal: open, move to the Angren project, edit its
//! investment, add an update, quit; then the database holds both changes and their
//! audit rows, and the terminal is back in the mode it was in.

mod common;

use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use common::TestDb;

/// Runs ortaq at 80x24 under `sh`, which records the terminal mode before and after.
fn ortaq_in_a_terminal(db: &TestDb, extra: &str) -> rexpect::session::PtySession {
    spawn_ortaq(db, extra, true)
}

fn spawn_ortaq(db: &TestDb, extra: &str, strip_escapes: bool) -> rexpect::session::PtySession {
    let binary = assert_cmd::cargo::cargo_bin("ortaq");
    let script = format!(
        "stty rows 24 cols 80; before=$(stty -g); {extra} '{}' --db '{}'; code=$?; after=$(stty -g); \
         if [ \"$before\" = \"$after\" ]; then echo TERMINAL-RESTORED $code; else echo TERMINAL-BROKEN $code; fi",
        binary.display(),
        db.path.display()
    );
    common::spawn_in_pty(&script, strip_escapes)
}

/// Sends keys now (the session's writer holds them until a newline otherwise) and
/// gives the interface a moment.
fn press(session: &mut rexpect::session::PtySession, keys: &str) {
    session.send(keys).expect("send keys");
    session.flush().expect("flush keys");
    sleep(Duration::from_millis(150));
}

#[test]
fn edit_and_note_in_a_real_terminal() {
    let db = TestDb::new();
    let mut session = ortaq_in_a_terminal(&db, "");
    session.exp_string("Autoclaved aerated").expect("first frame");
    press(&mut session, "/");
    press(&mut session, "angren");
    press(&mut session, "\r");
    for _ in 0..5 {
        press(&mut session, "l");
    }
    press(&mut session, "\r");
    press(&mut session, "12.5m");
    press(&mut session, "\r");
    // The screen is redrawn by differences, so the database says when it is done.
    wait_for(&db, "SELECT count(*) FROM projects WHERE investment = 12500000");
    press(&mut session, "n");
    press(&mut session, "Second line of autoclaves launched");
    press(&mut session, "\x13");
    wait_for(
        &db,
        "SELECT count(*) FROM updates WHERE text = 'Second line of autoclaves launched'",
    );
    press(&mut session, "q");
    let rest = session.exp_eof().expect("exits");
    assert!(rest.contains("TERMINAL-RESTORED 0"), "{rest}");

    let shown = db.ok(&["show", "angren"]);
    assert!(shown.contains("$12,500,000"), "{shown}");
    assert!(shown.contains("Second line of autoclaves launched"), "{shown}");
    let history = db.ok(&["history", "angren"]);
    assert!(history.contains("investment: — -> 12500000"), "{history}");
    assert!(
        history.contains("note: Second line of autoclaves launched"),
        "{history}"
    );
    assert!(db.ok(&["check"]).contains("integrity: ok"));
}

#[test]
fn a_hangup_or_terminate_ends_the_interface_promptly_and_restores_the_terminal() {
    for signal in ["HUP", "TERM"] {
        let db = TestDb::new();
        db.ok(&["list"]);
        let mut session = ortaq_in_a_terminal(&db, "");
        session.exp_string("Autoclaved aerated").expect("first frame");
        // An edit is open when the signal comes: it must not be written.
        press(&mut session, "e");
        press(&mut session, "half-typed");
        let pid = find_child(&db);
        let started = std::time::Instant::now();
        Command::new("kill")
            .args([&format!("-{signal}"), &pid.to_string()])
            .status()
            .unwrap();
        let rest = session.exp_eof().expect("exits");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "SIG{signal}: took {:?}",
            started.elapsed()
        );
        assert!(rest.contains("TERMINAL-RESTORED"), "SIG{signal}: {rest}");
        assert!(!db.ok(&["list"]).contains("half-typed"));
        assert!(db.ok(&["check"]).contains("integrity: ok"));
        // Nothing is left locked: a write goes straight through.
        db.ok(&["set", "angren", "investment=1m"]);
    }
}

#[test]
fn without_a_terminal_it_says_so() {
    let db = TestDb::new();
    let output = db.cmd().output().unwrap();
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("needs a terminal"), "{error}");
    // In Russian too (a review found it English in a Russian session).
    let output = db.cmd().args(["--lang", "ru"]).output().unwrap();
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("интерфейсу нужен терминал"), "{error}");
}

/// Waits until the query counts at least one row.
fn wait_for(db: &TestDb, query: &str) {
    for _ in 0..100 {
        if db.count(query) > 0 {
            return;
        }
        sleep(Duration::from_millis(50));
    }
    panic!("never true: {query}");
}

/// The pid of the newest process whose command line mentions `name` and the test db.
/// The ortaq process on this test's database (other tests run theirs at the same time).
fn find_child(db: &TestDb) -> u32 {
    for _ in 0..50 {
        let output = Command::new("pgrep")
            .args(["-n", "-f", &format!("ortaq --db {}", db.path.display())])
            .output()
            .unwrap();
        if let Ok(pid) = String::from_utf8_lossy(&output.stdout).trim().parse() {
            return pid;
        }
        sleep(Duration::from_millis(50));
    }
    panic!("no ortaq process on {}", db.path.display());
}

#[test]
fn hostile_stored_text_never_reaches_the_terminal_as_bytes() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let hostile = "Evil\u{1b}]0;pwned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{8}\rname";
    db.sql()
        .execute("UPDATE projects SET name = ?1, region = ?1 WHERE id = 5", [hostile])
        .unwrap();
    db.sql()
        .execute(
            "INSERT INTO updates (project_id, date, text, author, created_at) VALUES (5, '2025', ?1, 'x', 'now')",
            [hostile],
        )
        .unwrap();
    let binary = assert_cmd::cargo::cargo_bin("ortaq");
    let script = format!(
        "stty rows 40 cols 120; '{}' --db '{}'",
        binary.display(),
        db.path.display()
    );
    let mut session = common::spawn_in_pty(&script, false);
    let before = session.exp_string("Evil^[]0;pwned^G").expect("shown visibly");
    press(&mut session, "G");
    press(&mut session, "q");
    let rest = before + &session.exp_eof().expect("exits");
    for payload in ["\u{1b}]0;pwned", "\u{1b}]52;", "\u{7}", "\u{9b}", "\u{202e}", "\u{8}"] {
        assert!(!rest.contains(payload), "{payload:?} reached the terminal");
    }
}

/// The bytes a program writes to its pty, as they arrive.
struct Output(std::sync::mpsc::Receiver<usize>);

impl Output {
    fn of(process: &rexpect::process::PtyProcess) -> Self {
        use std::io::Read;
        let mut pty = process.get_file_handle().expect("pty");
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buffer = [0_u8; 4096];
            while let Ok(n) = pty.read(&mut buffer) {
                if n == 0 || sender.send(n).is_err() {
                    break;
                }
            }
        });
        Output(receiver)
    }

    /// The bytes that arrive, once the program has started writing, until it has been
    /// quiet for a while.
    fn after_start(&self) -> usize {
        let first = self.0.recv_timeout(Duration::from_secs(20)).unwrap_or(0);
        first + self.until_quiet()
    }

    /// The bytes that arrive until the program has been quiet for a while.
    fn until_quiet(&self) -> usize {
        let mut bytes = 0;
        while let Ok(n) = self.0.recv_timeout(Duration::from_millis(200)) {
            bytes += n;
        }
        bytes
    }
}

#[test]
fn a_row_move_sends_under_300_bytes_even_when_the_table_scrolls_and_idle_sends_nothing() {
    use std::io::Write;
    let db = TestDb::new();
    ortaq::generate::generate(&db.path, 200).expect("generate");
    let script = format!(
        "stty rows 24 cols 80; exec '{}' --db '{}'",
        assert_cmd::cargo::cargo_bin("ortaq").display(),
        db.path.display()
    );
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(script)
        .env("TERM", "xterm-256color")
        .env_remove("ORTAQ_DB");
    let process = rexpect::process::PtyProcess::new(command).expect("spawn in a pty");
    let output = Output::of(&process);
    let mut keys = process.get_file_handle().expect("pty");
    // The first frame, and the count after it.
    assert!(output.after_start() > 1_000, "a first frame");
    sleep(Duration::from_millis(1_200));
    assert_eq!(output.until_quiet(), 0, "idle sends nothing");
    // 19 moves within the screen, then moves that scroll the table.
    let mut sent = Vec::new();
    for _ in 0..30 {
        keys.write_all(b"j").expect("key");
        sent.push(output.until_quiet());
    }
    assert!(
        sent.iter().all(|&bytes| bytes > 0 && bytes < 300),
        "bytes per row move: {sent:?}"
    );
    keys.write_all(b"q").expect("quit");
    assert!(process.wait().is_ok());
}

#[test]
fn list_in_an_80_column_terminal_fits_it() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let binary = assert_cmd::cargo::cargo_bin("ortaq");
    let script = format!(
        "stty rows 24 cols 80; '{}' --db '{}' list; echo LIST-DONE",
        binary.display(),
        db.path.display()
    );
    let mut session = common::spawn_in_pty(&script, true);
    let raw = session.exp_string("LIST-DONE").expect("the list ends");
    // rexpect hands back each byte as a char; the bytes are UTF-8.
    let bytes: Vec<u8> = raw
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    let listed = String::from_utf8_lossy(&bytes);
    let lines: Vec<&str> = listed.lines().map(|line| line.trim_end_matches('\r')).collect();
    assert!(lines.iter().any(|line| line.contains("Chevrolet Onix")), "{listed}");
    for line in &lines {
        assert!(
            unicode_width::UnicodeWidthStr::width(*line) <= 80,
            "a line wider than the terminal: {line:?}"
        );
    }
}

/// A mistyped --db creates a database: the interface says so on its first screen, not
/// only after quitting (issue 21).
#[test]
fn a_database_created_now_is_announced_on_the_screen() {
    let db = TestDb::new();
    let mut session = ortaq_in_a_terminal(&db, "");
    session
        .exp_string("a new database was created at")
        .expect("the new database is announced while the interface runs");
    press(&mut session, "q");
    session.exp_eof().expect("exits");
    // Opened again, it is not new: nothing is announced.
    let mut again = ortaq_in_a_terminal(&db, "");
    let first = again.exp_string("Autoclaved aerated").expect("first frame");
    press(&mut again, "q");
    let rest = again.exp_eof().expect("exits");
    assert!(!format!("{first}{rest}").contains("new database"), "{rest}");
}
