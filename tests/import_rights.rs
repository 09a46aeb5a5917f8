//! An import applies the role rules of the commands it stands for: an importer who may
//! not run `indicator add` or `source add` (an editor over SSH) may not record reported
//! figures or add sources through a file either. The whole file is refused before
//! anything is written, and the refusal names what it brings.

use chrono::NaiveDate;
use ortaq::exchange;
use ortaq::store::{ImportOutcome, ImportRights, Role, Store};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

fn no_sources(_: &str) -> Result<i64, String> {
    Err("no such source".into())
}

const FORGED: &str = r#"{"format": "ortaq-export", "version": 1,
  "sources": [{"publisher": "Forged Ministry", "title": "Totally official", "published": "2026"}],
  "projects": [{"name": "Harmless plant", "country": "KZ"}],
  "indicators": [{"as_of": "2026-11-01", "scope": "portfolio", "metric": "investment",
                  "value": 99000000000, "source": {"publisher": "Forged Ministry", "title": "Totally official", "published": "2026"}}]}"#;

fn counts(store: &Store) -> (usize, usize, usize) {
    let portfolio = store.portfolio().expect("portfolio");
    (
        portfolio.projects.len(),
        portfolio.sources.len(),
        portfolio.indicators.len(),
    )
}

#[test]
fn an_editor_cannot_record_figures_or_add_sources_through_a_file() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut store = Store::open(&dir.path().join("ortaq.db")).expect("database");
    let before = counts(&store);
    let parsed = exchange::parse_json(FORGED.as_bytes(), &no_sources, today()).expect("the file reads");
    let outcome = store
        .import_document(&parsed.document, false, ImportRights::for_role(Role::Editor))
        .expect("no database error");
    let ImportOutcome::NotAllowed { figures, sources } = outcome else {
        panic!("expected a refusal, got {outcome:?}");
    };
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0].value, 99_000_000_000);
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].publisher, "Forged Ministry");
    assert_eq!(counts(&store), before, "nothing written, not even the project");

    // Figures alone are refused too, even naming a source the database has.
    let only_sources = ImportRights {
        figures: false,
        sources: true,
    };
    let outcome = store
        .import_document(&parsed.document, false, only_sources)
        .expect("no database error");
    assert!(
        matches!(&outcome, ImportOutcome::NotAllowed { figures, sources } if figures.len() == 1 && sources.is_empty()),
        "{outcome:?}"
    );
    assert_eq!(counts(&store), before);

    // An admin (and local use) may.
    assert_eq!(ImportRights::for_role(Role::Admin), ImportRights::ALL);
    let outcome = store
        .import_document(&parsed.document, false, ImportRights::ALL)
        .expect("imports");
    assert!(
        matches!(
            outcome,
            ImportOutcome::Imported {
                indicators: 1,
                sources_added: 1,
                ..
            }
        ),
        "{outcome:?}"
    );
}

#[test]
fn an_editor_may_import_projects_naming_sources_the_database_has() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut store = Store::open(&dir.path().join("ortaq.db")).expect("database");
    // The database's own export, sources and all, with its figures left out: every
    // source in it is reused, none added.
    let export = exchange::to_document(&store.portfolio().expect("portfolio"));
    let mut document: serde_json::Value = serde_json::from_str(&export).expect("export is JSON");
    document["indicators"] = serde_json::json!([]);
    let projects = document["projects"].as_array_mut().expect("projects");
    projects.truncate(2);
    for (i, project) in projects.iter_mut().enumerate() {
        project["name"] = serde_json::json!(format!("Re-imported {i}"));
    }
    let bytes = serde_json::to_vec(&document).expect("JSON");
    let parsed = exchange::parse_json(&bytes, &no_sources, today()).expect("the file reads");
    let before = counts(&store);
    let outcome = store
        .import_document(&parsed.document, false, ImportRights::PROJECTS)
        .expect("imports");
    assert!(
        matches!(
            outcome,
            ImportOutcome::Imported {
                projects: 2,
                sources_added: 0,
                ..
            }
        ),
        "{outcome:?}"
    );
    assert_eq!(counts(&store), (before.0 + 2, before.1, before.2));
}

#[test]
fn a_served_editor_is_held_to_their_role_whatever_the_caller_passes() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("ortaq.db");
    let mut admin = Store::open(&path).expect("database");
    let person = |name: &str, role| ortaq::store::NewPerson {
        name: name.to_string(),
        role,
        public_key: format!("ssh-ed25519 AAAA{name}"),
        fingerprint: format!("SHA256:{name}"),
    };
    admin.add_person(&person("boss", Role::Admin)).expect("admin");
    let editor = admin.add_person(&person("bob", Role::Editor)).expect("editor");
    let mut session = Store::open(&path).expect("session");
    session.serve_as(&editor);
    let before = counts(&session);
    let parsed = exchange::parse_json(FORGED.as_bytes(), &no_sources, today()).expect("the file reads");
    let outcome = session
        .import_document(&parsed.document, false, ImportRights::ALL)
        .expect("no database error");
    assert!(
        matches!(&outcome, ImportOutcome::NotAllowed { figures, sources } if figures.len() == 1 && sources.len() == 1),
        "{outcome:?}"
    );
    assert_eq!(counts(&session), before, "nothing written");
    // Made an admin, the same session may.
    admin.set_role("bob", Role::Admin).expect("promoted");
    let outcome = session
        .import_document(&parsed.document, false, ImportRights::ALL)
        .expect("imports");
    assert!(
        matches!(outcome, ImportOutcome::Imported { indicators: 1, .. }),
        "{outcome:?}"
    );
}

/// Over SSH an imported update is credited to the person importing it, whatever author
/// the file names (a review put "boss" on an editor's update this way).
#[test]
fn a_served_persons_import_cannot_write_in_anothers_name() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("ortaq.db");
    let mut admin = Store::open(&path).expect("database");
    let editor = admin
        .add_person(&ortaq::store::NewPerson {
            name: "bob".into(),
            role: Role::Editor,
            public_key: "ssh-ed25519 AAAAbob".into(),
            fingerprint: "SHA256:bob".into(),
        })
        .expect("editor");
    let file = r#"{"format": "ortaq-export", "version": 1, "sources": [],
      "projects": [{"name": "Impersonation plant",
                    "updates": [{"date": "2024", "text": "I am boss", "author": "boss"}]}],
      "indicators": []}"#;
    let parsed = exchange::parse_json(file.as_bytes(), &no_sources, today()).expect("the file reads");
    let mut session = Store::open(&path).expect("session");
    session.serve_as(&editor);
    let outcome = session
        .import_document(&parsed.document, false, ImportRights::ALL)
        .expect("imports");
    assert!(matches!(outcome, ImportOutcome::Imported { .. }), "{outcome:?}");
    let project = session.find_project("Impersonation plant").expect("imported");
    let updates = session.updates(project.id).expect("updates");
    assert_eq!(updates.len(), 1);
    assert_eq!(
        updates[0].author, "bob",
        "credited to the importer, not the file's author"
    );
    // Locally (not served), an export's authors are kept as they were.
    let mut local = Store::open(&path).expect("local");
    let file = file.replace("Impersonation plant", "Moved plant");
    let parsed = exchange::parse_json(file.as_bytes(), &no_sources, today()).expect("the file reads");
    local
        .import_document(&parsed.document, false, ImportRights::ALL)
        .expect("imports");
    let moved = local.find_project("Moved plant").expect("imported");
    assert_eq!(local.updates(moved.id).expect("updates")[0].author, "boss");
}
