//! People who may use a database served over SSH, their roles and keys, and the settings
//! of a served database (the access log is `access_log`). Every change to a person is logged with its
//! author; the log is append-only (triggers in `schema.sql`).

use rusqlite::{OptionalExtension, Transaction, params};

use super::access_log::{AccessEntry, AccessEvent, insert_entry};
use super::error::PeopleProblem;
use super::{SEED_AUTHOR, Store, StoreError, now_utc, row};
use crate::domain::person::{looks_like, plain_form};
use crate::store::Operation;

/// What a person may do; each role may do all the one before it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Reads: the interface read-only and the commands that read.
    Viewer,
    /// Also changes projects, and undoes their own changes.
    Editor,
    /// Also manages people, restores, sources, reported figures and backups.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Viewer, Role::Editor, Role::Admin];

    /// The code stored and typed: `viewer`, `editor`, `admin`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

/// A person allowed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub name: String,
    /// What their changes are credited to: their name, or for a name removed and added
    /// again, the name and which person of that name they are (`bob#2`), so that two
    /// people never share an undo or a history.
    pub author: String,
    pub role: Role,
    /// `ssh-ed25519 AAAA…`, without options or comment.
    pub public_key: String,
    /// `SHA256:…`.
    pub fingerprint: String,
    pub created_at: String,
}

/// A person about to be added; the caller has parsed the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPerson {
    pub name: String,
    pub role: Role,
    pub public_key: String,
    pub fingerprint: String,
}

/// Whether `name` can name a person: 1 to 32 letters or digits, and `.`, `_` or `-`
/// after the first. It goes into a forced command in authorized_keys and into every
/// audit row, so nothing a shell or a terminal would read specially is allowed.
pub fn valid_person_name(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(char::is_alphanumeric);
    first_ok
        && name.chars().count() <= 32
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && name != SEED_AUTHOR
}

impl Store {
    /// Makes audit rows name `person`: the name a served person's key gives.
    pub fn set_author(&mut self, person: &str) {
        self.author = person.to_string();
    }

    /// Serves `person` over SSH: audit rows name them, and every write first checks, in
    /// its transaction, that they are still allowed in with the role it needs.
    pub fn serve_as(&mut self, person: &Person) {
        self.author = person.author.clone();
        self.served = Some(person.id);
    }

    /// Refuses every later write, as for a person who may only read; the access log is
    /// still written.
    pub fn restrict_to_reading(&mut self) {
        self.read_only = true;
    }

    /// Everyone allowed in, by name.
    pub fn people(&self) -> Result<Vec<Person>, StoreError> {
        let context = Operation::ReadingPeople;
        let mut statement = self
            .conn
            .prepare_cached("SELECT id, name, role, public_key, fingerprint, created_at, coalesce(author, name) FROM people ORDER BY name")
            .map_err(|e| StoreError::from_sqlite(e, context))?;
        let rows = statement
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    row::text(r, 1).unwrap_or_default(),
                    row::text(r, 2).unwrap_or_default(),
                    row::text(r, 3).unwrap_or_default(),
                    row::text(r, 4).unwrap_or_default(),
                    row::text(r, 5).unwrap_or_default(),
                    row::text(r, 6).unwrap_or_default(),
                ))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| StoreError::from_sqlite(e, context))?;
        // A role another tool wrote is no role: that person is left out, so gets nothing.
        Ok(rows
            .into_iter()
            .filter_map(|(id, name, role, public_key, fingerprint, created_at, author)| {
                Some(Person {
                    id,
                    name,
                    author,
                    role: Role::parse(&role)?,
                    public_key,
                    fingerprint,
                    created_at,
                })
            })
            .collect())
    }

    /// The person named exactly `name`, if allowed in.
    pub fn person(&self, name: &str) -> Result<Option<Person>, StoreError> {
        Ok(self.people()?.into_iter().find(|p| p.name == name))
    }

    /// Adds a person; refused if the name or the key is already someone's, if the name
    /// is written with compatibility characters, or if it would pass for someone's
    /// already allowed in (case, width, another alphabet: see [`looks_like`]).
    pub fn add_person(&mut self, new: &NewPerson) -> Result<Person, StoreError> {
        if !valid_person_name(&new.name) {
            return Err(StoreError::People(PeopleProblem::BadName { name: new.name.clone() }));
        }
        self.write_needing(Some(super::Role::Admin), Operation::AddingPerson, |tx, author| {
            if let Some(existing) = names_with_roles(tx)?
                .into_iter()
                .map(|(existing, _)| existing)
                .find(|existing| *existing != new.name && looks_like(existing, &new.name))
            {
                return Err(StoreError::People(PeopleProblem::LooksLike {
                    name: new.name.clone(),
                    existing,
                }));
            }
            // After the look-alikes: the plain spelling offered must not be one.
            if let Some(plain) = plain_form(&new.name) {
                return Err(StoreError::People(PeopleProblem::NotPlain {
                    name: new.name.clone(),
                    plain,
                }));
            }
            if let Some(owner) = key_owner(tx, &new.fingerprint)? {
                return Err(StoreError::People(PeopleProblem::KeyTaken {
                    fingerprint: new.fingerprint.clone(),
                    owner,
                }));
            }
            let now = now_utc();
            let person_author = new_author(tx, &new.name)?;
            let inserted = tx
                .execute(
                    "INSERT INTO people (name, role, public_key, fingerprint, created_at, author)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (name) DO NOTHING",
                    params![
                        new.name,
                        new.role.as_str(),
                        new.public_key,
                        new.fingerprint,
                        now,
                        person_author
                    ],
                )
                .map_err(|e| StoreError::from_sqlite(e, Operation::AddingPerson))?;
            if inserted == 0 {
                return Err(StoreError::People(PeopleProblem::AlreadyIn { name: new.name.clone() }));
            }
            let id = tx.last_insert_rowid();
            let mut entry = AccessEntry::new(AccessEvent::PersonAdded, Some(&new.name), Some(new.role.as_str()), None);
            entry.old_value = Some(new.fingerprint.clone());
            insert_entry(tx, &entry, author)?;
            Ok(Person {
                id,
                author: person_author.unwrap_or_else(|| new.name.clone()),
                name: new.name.clone(),
                role: new.role,
                public_key: new.public_key.clone(),
                fingerprint: new.fingerprint.clone(),
                created_at: now,
            })
        })
    }

    /// Changes a person's role; returns the role they had. The last admin cannot be
    /// made anything else (by themselves or anyone): read and refused in the write's
    /// own transaction, so two admins demoting each other at once cannot both succeed.
    pub fn set_role(&mut self, name: &str, role: Role) -> Result<Role, StoreError> {
        self.write_needing(Some(super::Role::Admin), Operation::ChangingRole, |tx, author| {
            let old = role_of(tx, name)?.ok_or_else(|| no_such_person(name))?;
            if old == Role::Admin && role != Role::Admin {
                refuse_last_admin(tx, name)?;
            }
            let changed = tx
                .execute(
                    "UPDATE people SET role = ?2 WHERE name = ?1",
                    params![name, role.as_str()],
                )
                .map_err(|e| StoreError::from_sqlite(e, Operation::ChangingRole))?;
            if changed == 0 {
                return Err(no_such_person(name));
            }
            let mut entry = AccessEntry::new(AccessEvent::RoleChanged, Some(name), Some(role.as_str()), None);
            entry.old_value = Some(old.as_str().to_string());
            insert_entry(tx, &entry, author)?;
            Ok(old)
        })
    }

    /// Removes a person: their key no longer lets them in, their changes stay theirs.
    /// The last admin cannot be removed (see [`Store::set_role`]).
    pub fn remove_person(&mut self, name: &str) -> Result<Person, StoreError> {
        let person = self.person(name)?.ok_or_else(|| no_such_person(name))?;
        self.write_needing(Some(super::Role::Admin), Operation::RemovingPerson, |tx, author| {
            let role = role_of(tx, name)?.ok_or_else(|| no_such_person(name))?;
            if role == Role::Admin {
                refuse_last_admin(tx, name)?;
            }
            tx.execute("DELETE FROM people WHERE name = ?1", params![name])
                .map_err(|e| StoreError::from_sqlite(e, Operation::RemovingPerson))?;
            let mut entry = AccessEntry::new(AccessEvent::PersonRemoved, Some(name), None, None);
            entry.old_value = Some(role.as_str().to_string());
            insert_entry(tx, &entry, author).map(drop)
        })?;
        Ok(person)
    }
}

/// Refuses a write by the served person `id` when they are no longer allowed in, or no
/// longer have the role `needs`: read in the write's own transaction, so a change made
/// by an admin a moment ago reaches a session opened before it.
pub(super) fn still_allowed(tx: &Transaction<'_>, id: i64, author: &str, needs: Role) -> Result<(), StoreError> {
    // The author too: a row id freed by a removal may be given to the next person added.
    let role: Option<String> = tx
        .query_row(
            "SELECT role FROM people WHERE id = ?1 AND coalesce(author, name) = ?2",
            params![id, author],
            |r| r.get(0),
        )
        .optional()
        .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingRole))?;
    let role = role.as_deref().and_then(Role::parse);
    match role {
        Some(role) if role >= needs => Ok(()),
        role => Err(StoreError::NoLongerAllowed { role, needed: needs }),
    }
}

/// The author a person added now with `name` is credited as: the name itself for the first
/// person of that name, `name#N` for the Nth (counted in the access log, which keeps
/// every addition), so a name removed and added again is another author.
fn new_author(tx: &Transaction<'_>, name: &str) -> Result<Option<String>, StoreError> {
    let earlier: i64 = tx
        .query_row(
            "SELECT count(*) FROM access_log WHERE event = 'person-added' AND person = ?1",
            [name],
            |r| r.get(0),
        )
        .map_err(|e| StoreError::from_sqlite(e, Operation::AddingPerson))?;
    Ok((earlier > 0).then(|| format!("{name}#{}", earlier + 1)))
}

fn no_such_person(name: &str) -> StoreError {
    StoreError::People(PeopleProblem::NotAmong { name: name.to_string() })
}

/// The role of the person named exactly `name`; `None` if there is no such person (or
/// their role is one ortaq does not know, which gives nothing, as in [`Store::people`]).
fn role_of(tx: &Transaction<'_>, name: &str) -> Result<Option<Role>, StoreError> {
    tx.query_row("SELECT role FROM people WHERE name = ?1", [name], |r| {
        Ok(row::text(r, 0))
    })
    .optional()
    .map(|role| role.flatten().as_deref().and_then(Role::parse))
    .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingPeople))
}

/// Refuses to take the admin role from `name` (an admin) if no other admin would be left.
fn refuse_last_admin(tx: &Transaction<'_>, name: &str) -> Result<(), StoreError> {
    let others = names_with_roles(tx)?
        .into_iter()
        .filter(|(other, role)| other != name && Role::parse(role) == Some(Role::Admin))
        .count();
    if others == 0 {
        return Err(StoreError::People(PeopleProblem::LastAdmin { name: name.to_string() }));
    }
    Ok(())
}

/// Every person's name and role as stored, whatever the role (one another tool wrote too).
fn names_with_roles(tx: &Transaction<'_>) -> Result<Vec<(String, String)>, StoreError> {
    let context = Operation::ReadingPeople;
    let mut statement = tx
        .prepare_cached("SELECT name, role FROM people")
        .map_err(|e| StoreError::from_sqlite(e, context))?;
    statement
        .query_map([], |r| {
            Ok((row::text(r, 0).unwrap_or_default(), row::text(r, 1).unwrap_or_default()))
        })
        .and_then(|rows| rows.collect())
        .map_err(|e| StoreError::from_sqlite(e, context))
}

fn key_owner(tx: &Transaction<'_>, fingerprint: &str) -> Result<Option<String>, StoreError> {
    tx.query_row("SELECT name FROM people WHERE fingerprint = ?1", [fingerprint], |r| {
        Ok(row::text(r, 0).unwrap_or_default())
    })
    .optional()
    .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingPeople))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_are_plain_words() {
        for good in ["alice", "Айгерим", "o.tashkentova", "user_2", "a-b"] {
            assert!(valid_person_name(good), "{good}");
        }
        let long = "a".repeat(33);
        for bad in [
            "",
            "-x",
            ".x",
            "a b",
            "a\"b",
            "a;b",
            "$(id)",
            "a\nb",
            "seed",
            long.as_str(),
            "a'b",
        ] {
            assert!(!valid_person_name(bad), "{bad:?}");
        }
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let options = super::super::OpenOptions {
            seed: false,
            read_only: false,
        };
        let store = Store::open_with(&dir.path().join("o.db"), &options).unwrap();
        (dir, store)
    }

    fn new(name: &str, role: Role) -> NewPerson {
        NewPerson {
            name: name.to_string(),
            role,
            public_key: format!("ssh-ed25519 AAAA{name}"),
            fingerprint: format!("SHA256:{name}"),
        }
    }

    fn problem(result: Result<impl std::fmt::Debug, StoreError>) -> PeopleProblem {
        match result {
            Err(StoreError::NothingWritten(inner)) => match *inner {
                StoreError::People(problem) => problem,
                other => panic!("{other:?}"),
            },
            Err(StoreError::People(problem)) => problem,
            other => panic!("not a refusal about people: {other:?}"),
        }
    }

    fn no_longer_allowed(result: Result<impl std::fmt::Debug, StoreError>) -> Option<Option<Role>> {
        match result {
            Err(StoreError::NothingWritten(inner)) => match *inner {
                StoreError::NoLongerAllowed { role, .. } => Some(role),
                _ => None,
            },
            _ => None,
        }
    }

    fn a_project() -> crate::domain::NewProject {
        crate::domain::NewProject::new(vec![(
            crate::domain::Field::Name,
            crate::domain::FieldValue::Text("Test plant".into()),
        )])
        .unwrap()
    }

    #[test]
    fn a_role_taken_away_reaches_a_session_opened_before() {
        let (dir, mut admin) = store();
        admin.add_person(&new("boss", Role::Admin)).unwrap();
        let editor = admin.add_person(&new("bob", Role::Editor)).unwrap();
        let path = dir.path().join("o.db");
        let mut session = Store::open(&path).unwrap();
        session.serve_as(&editor);
        session.add_project(&a_project()).unwrap();
        admin.set_role("bob", Role::Viewer).unwrap();
        assert_eq!(
            no_longer_allowed(session.add_project(&a_project())),
            Some(Some(Role::Viewer))
        );
        admin.set_role("bob", Role::Editor).unwrap();
        session.add_project(&a_project()).unwrap();
        admin.remove_person("bob").unwrap();
        assert_eq!(no_longer_allowed(session.add_project(&a_project())), Some(None));
        // The name given again, even the same row id, is another person: the old session stays shut.
        let again = admin.add_person(&new("bob", Role::Editor)).unwrap();
        assert_eq!(again.author, "bob#2", "a re-added name is another author");
        assert_eq!(no_longer_allowed(session.add_project(&a_project())), Some(None));
        let mut new_session = Store::open(&path).unwrap();
        new_session.serve_as(&again);
        new_session.add_project(&a_project()).unwrap();
        // Each undoes only their own: the new bob has one change, the old one three.
        assert!(new_session.undo().is_ok());
        assert!(
            new_session.undo().is_err(),
            "the new bob cannot undo the old bob's changes"
        );
    }

    #[test]
    fn a_name_that_would_pass_for_someones_is_refused_naming_them() {
        let (_dir, mut store) = store();
        store.add_person(&new("admin", Role::Admin)).unwrap();
        for lookalike in ["ADMIN", "\u{430}dmin", "adm\u{456}n", "adrnin", "\u{ff21}dmin"] {
            assert_eq!(
                problem(store.add_person(&new(lookalike, Role::Viewer))),
                PeopleProblem::LooksLike {
                    name: lookalike.to_string(),
                    existing: "admin".to_string()
                },
                "{lookalike}"
            );
        }
        assert_eq!(
            problem(store.add_person(&new("\u{ff5a}aira", Role::Viewer))),
            PeopleProblem::NotPlain {
                name: "\u{ff5a}aira".to_string(),
                plain: "zaira".to_string()
            }
        );
        assert_eq!(
            problem(store.add_person(&NewPerson {
                fingerprint: "SHA256:another".to_string(),
                ..new("admin", Role::Viewer)
            })),
            PeopleProblem::AlreadyIn {
                name: "admin".to_string()
            }
        );
        store.add_person(&new("Айгерим", Role::Editor)).unwrap();
        store.add_person(&new("Aigerim", Role::Editor)).unwrap();
        assert_eq!(
            store
                .people()
                .unwrap()
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>(),
            ["Aigerim", "admin", "Айгерим"]
        );
    }

    #[test]
    fn the_last_admin_can_be_neither_demoted_nor_removed() {
        let (_dir, mut store) = store();
        store.add_person(&new("boss", Role::Admin)).unwrap();
        store.add_person(&new("aigerim", Role::Editor)).unwrap();
        let last = PeopleProblem::LastAdmin {
            name: "boss".to_string(),
        };
        store.set_author("boss");
        assert_eq!(problem(store.set_role("boss", Role::Editor)), last);
        assert_eq!(problem(store.set_role("boss", Role::Viewer)), last);
        assert_eq!(problem(store.remove_person("boss")), last);
        store.set_author("aigerim");
        assert_eq!(problem(store.remove_person("boss")), last, "nor by anyone else");
        assert_eq!(
            store.set_role("boss", Role::Admin).unwrap(),
            Role::Admin,
            "staying admin is fine"
        );
        assert_eq!(store.person("boss").unwrap().unwrap().role, Role::Admin);
        // With a second admin, either may go.
        store.set_role("aigerim", Role::Admin).unwrap();
        assert_eq!(store.set_role("boss", Role::Viewer).unwrap(), Role::Admin);
        assert_eq!(
            problem(store.remove_person("aigerim")),
            PeopleProblem::LastAdmin {
                name: "aigerim".to_string()
            }
        );
        store.set_role("boss", Role::Admin).unwrap();
        store.remove_person("aigerim").unwrap();
        assert_eq!(
            problem(store.set_role("nobody", Role::Viewer)),
            PeopleProblem::NotAmong {
                name: "nobody".to_string()
            }
        );
    }

    #[test]
    fn a_refused_name_is_shown_with_its_controls_visible() {
        let (_dir, mut store) = store();
        let error = store.add_person(&new("a\u{1b}[2Jb", Role::Viewer)).unwrap_err();
        let shown = crate::i18n::error::store_error(&error);
        assert!(shown.contains("a^[[2Jb"), "{shown}");
        assert!(!shown.contains('\u{1b}'), "{shown:?}");
        let error = store.remove_person("x\u{7}\u{9b}y").unwrap_err();
        let shown = crate::i18n::error::store_error(&error);
        assert!(!shown.chars().any(crate::domain::text::is_unsafe), "{shown:?}");
    }

    #[test]
    fn roles_read_back() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
        assert!(Role::Viewer < Role::Editor && Role::Editor < Role::Admin);
    }
}
