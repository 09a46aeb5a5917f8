//! Tests of public keys and the authorized_keys block: parsing, fingerprints, the forced command, the rewrite.

use super::*;
use crate::store::Role;

const KEY: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILM+rvN+ot98qgEN796jTiQfZfG1KaT0PtFDJ/XFSqti foo@bar.com";

fn person(name: &str) -> Person {
    let key = parse_key(KEY).unwrap();
    Person {
        id: 1,
        author: name.to_string(),
        name: name.to_string(),
        role: Role::Editor,
        public_key: key.public_key,
        fingerprint: key.fingerprint,
        created_at: String::new(),
    }
}

#[test]
fn a_key_is_stored_without_its_comment_with_its_fingerprint() {
    let key = parse_key(&format!("# alice\n\n{KEY}\n")).unwrap();
    assert_eq!(
        key.public_key,
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILM+rvN+ot98qgEN796jTiQfZfG1KaT0PtFDJ/XFSqti"
    );
    assert!(key.fingerprint.starts_with("SHA256:"), "{}", key.fingerprint);
    assert!(parse_key("ssh-ed25519 not-base64").is_err());
    assert!(parse_key("\n# nothing\n").is_err());
}

/// DSA cannot be made by a current ssh-keygen: this public key is the one in the
/// ssh-key crate's examples (tests/examples/id_dsa_1024.pub).
const DSA: &str = "ssh-dss AAAAB3NzaC1kc3MAAACBANw9iSUO2UYhFMssjUgW46URqv8bBrDgHeF8HLBOWBvKuXF2Rx2J/XyhgX48SOLMuv0hcPaejlyLarabnF9F2V4dkpPpZSJ+7luHmxEjNxwhsdtg8UteXAWkeCzrQ6MvRJZHcDBjYh56KGvslbFnJsGLXlI4PQCyl6awNImwYGilAAAAFQCJGBU3hZf+QtP9Jh/nbfNlhFu7hwAAAIBHObOQioQVRm3HsVb7mOy3FVKhcLoLO3qoG9gTkd4KeuehtFAC3+rckiX7xSCnE/5BBKdL7VP9WRXac2Nlr9Pwl3e7zPut96wrCHt/TZX6vkfXKkbpUIj5zSqfvyNrWKaYJkfzwAQwrXNS1Hol676Ud/DDEn2oatdEhkS3beWHXAAAAIBgQqaz/YYTRMshzMzYcZ4lqgvgmA55y6v0h39e8HH2A5dwNS6sPUw2jyna+le0dceNRJifFld1J+WYM0vmquSr11DDavgEidOSaXwfMvPPPJqLmbzdtT16N+Gij9U9STQTHPQcQ3xnNNHgQAStzZJbhLOVbDDDo5BO7LMUALDfSA== user@example.com";

/// Makes a key pair with ssh-keygen in `dir` and returns the path of its private
/// half. The tests need it (openssh-client; `.ci/run` installs it): without it they
/// fail, never pass silently.
fn keygen(dir: &Path, name: &str, kind: &str, bits: &str) -> PathBuf {
    let path = dir.join(name);
    let mut command = std::process::Command::new("ssh-keygen");
    command
        .args(["-q", "-t", kind, "-N", "", "-C", "someone@laptop", "-f"])
        .arg(&path);
    if !bits.is_empty() {
        command.args(["-b", bits]);
    }
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("these tests need ssh-keygen (apt-get install openssh-client): {e}"));
    assert!(
        out.status.success(),
        "ssh-keygen -t {kind}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

/// What ssh-keygen says the fingerprint of a key file is.
fn keygen_fingerprint(pub_file: &Path) -> String {
    let out = std::process::Command::new("ssh-keygen")
        .args(["-l", "-E", "sha256", "-f"])
        .arg(pub_file)
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_string()
}

fn refusal(text: &str) -> String {
    parse_key(text).expect_err(text).to_string()
}

fn pub_text(private: &Path) -> String {
    std::fs::read_to_string(private.with_extension("pub")).unwrap()
}

#[test]
fn ecdsa_keys_of_every_curve_are_accepted_with_ssh_keygens_fingerprint() {
    let dir = tempfile::tempdir().unwrap();
    for bits in ["256", "384", "521"] {
        let private = keygen(dir.path(), &format!("ec{bits}"), "ecdsa", bits);
        let key = parse_key(&pub_text(&private)).unwrap_or_else(|e| panic!("ecdsa {bits}: {e}"));
        assert!(
            key.public_key.starts_with(&format!("ecdsa-sha2-nistp{bits} AAAA")),
            "{}",
            key.public_key
        );
        assert!(!key.public_key.contains("someone@laptop"), "stored without its comment");
        assert_eq!(key.fingerprint, keygen_fingerprint(&private.with_extension("pub")));
    }
}

#[test]
fn rsa_under_2048_bits_is_refused_saying_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let short = keygen(dir.path(), "rsa1024", "rsa", "1024");
    assert_eq!(
        refusal(&pub_text(&short)),
        crate::tr!("access-key-rsa-short", bits = "1024", least = "2048")
    );
    let long = keygen(dir.path(), "rsa2048", "rsa", "2048");
    let key = parse_key(&pub_text(&long)).unwrap();
    assert_eq!(key.fingerprint, keygen_fingerprint(&long.with_extension("pub")));
}

#[test]
fn security_keys_are_accepted() {
    // The FIDO keys of the ssh-key crate's examples (tests/examples/id_sk_*.pub).
    for key in [
        "sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAICFo/k5LU8863u66YC9eUO2170QduohPURkQnbLa/dczAAAABHNzaDo= user@example.com",
        "sk-ecdsa-sha2-nistp256@openssh.com AAAAInNrLWVjZHNhLXNoYTItbmlzdHAyNTZAb3BlbnNzaC5jb20AAAAIbmlzdHAyNTYAAABBBIELQJ2DgvaX1yQlKFokfWM2suuaCFI2qp0eJodHyg6O4ifxc3XpRKd1OS8dNYQtE/YjdXSrA+AOnMF5ns2Nkx4AAAAEc3NoOg== user@example.com",
    ] {
        let parsed = parse_key(key).unwrap_or_else(|e| panic!("{key}: {e}"));
        assert!(key.starts_with(&parsed.public_key), "{}", parsed.public_key);
    }
}

#[test]
fn a_dsa_key_is_refused_as_deprecated() {
    assert_eq!(refusal(DSA), crate::tr!("access-key-dsa"));
}

#[test]
fn an_authorized_keys_line_with_options_is_refused_as_such() {
    for options in [
        "from=\"10.0.0.0/8\",no-pty",
        "restrict,pty,command=\"ortaq serve alice\"",
        "no-pty",
    ] {
        assert_eq!(
            refusal(&format!("{options} {KEY}")),
            crate::tr!("access-key-options"),
            "{options}"
        );
    }
}

#[test]
fn a_certificate_is_refused_as_not_a_public_key() {
    let dir = tempfile::tempdir().unwrap();
    let ca = keygen(dir.path(), "ca", "ed25519", "");
    let user = keygen(dir.path(), "id_ed25519", "ed25519", "");
    let signed = std::process::Command::new("ssh-keygen")
        .args(["-q", "-s"])
        .arg(&ca)
        .args(["-I", "alice", "-n", "alice"])
        .arg(user.with_extension("pub"))
        .output()
        .unwrap();
    assert!(signed.status.success(), "{}", String::from_utf8_lossy(&signed.stderr));
    let cert = std::fs::read_to_string(dir.path().join("id_ed25519-cert.pub")).unwrap();
    assert!(cert.starts_with("ssh-ed25519-cert-v01@openssh.com "), "{cert}");
    assert_eq!(refusal(&cert), crate::tr!("access-key-certificate"));
}

#[test]
fn a_private_key_or_an_unknown_type_says_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let private = keygen(dir.path(), "id", "ed25519", "");
    let text = std::fs::read_to_string(&private).unwrap();
    assert_eq!(refusal(&text), crate::tr!("access-key-private"));
    let unknown = refusal("ssh-foo AAAAB3NzaC1yc2EAAAADAQABAAABAQ me");
    assert_eq!(unknown, crate::tr!("access-key-algorithm", algorithm = "ssh-foo"));
    assert!(
        refusal("ssh-foo\u{1b}[2J AAAA").contains("ssh-foo^[[2J"),
        "the word is shown safely"
    );
}

#[test]
fn the_forced_command_is_quoted_for_the_shell_and_the_option() {
    let keys = Path::new("/home/ortaq/.ssh/authorized_keys");
    let command = forced_command(
        Path::new("/usr/local/bin/ortaq"),
        Path::new("/srv/a b/o.db"),
        keys,
        "SHA256:abc+/=",
        "alice",
    )
    .unwrap();
    assert_eq!(
        command,
        "/usr/local/bin/ortaq --db '/srv/a b/o.db' serve --authorized-keys /home/ortaq/.ssh/authorized_keys --key 'SHA256:abc+/=' alice"
    );
    assert_eq!(shlex::split(&command).unwrap()[2], "/srv/a b/o.db");
    assert!(
        forced_command(
            Path::new("/bin/ortaq"),
            Path::new("/srv/a\"b.db"),
            keys,
            "SHA256:x",
            "alice"
        )
        .is_err()
    );
    assert!(
        forced_command(
            Path::new("/bin/ortaq"),
            Path::new("/srv/a\\b.db"),
            keys,
            "SHA256:x",
            "alice"
        )
        .is_err()
    );
}

#[test]
fn a_line_restricts_everything_but_the_pty() {
    let block = block(
        &[person("alice")],
        Path::new("/bin/ortaq"),
        Path::new("/srv/o.db"),
        Path::new("/k"),
    )
    .unwrap();
    let lines: Vec<&str> = block.lines().collect();
    assert_eq!(lines.first(), Some(&BEGIN));
    assert_eq!(lines.last(), Some(&END));
    assert!(
        lines[1].starts_with(&format!(
            "restrict,pty,command=\"/bin/ortaq --db /srv/o.db serve --authorized-keys /k --key {} alice\" ssh-ed25519 ",
            person("alice").fingerprint
        )),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(" ortaq:alice"));
}

#[test]
fn the_rewrite_keeps_every_line_ortaq_did_not_write() {
    let old_block = format!("{BEGIN}\nrestrict old line\n{END}\n");
    let existing = format!("# the admin's own key\nssh-ed25519 AAAA admin\n{old_block}ssh-rsa BBBB backup-robot");
    let new_block = format!("{BEGIN}\nrestrict new line\n{END}\n");
    let merged = merge(&existing, &new_block).unwrap();
    assert_eq!(
        merged,
        format!("# the admin's own key\nssh-ed25519 AAAA admin\n{new_block}ssh-rsa BBBB backup-robot\n")
    );
    // No block yet: appended after the foreign lines.
    let merged = merge("ssh-ed25519 AAAA admin\n", &new_block).unwrap();
    assert_eq!(merged, format!("ssh-ed25519 AAAA admin\n{new_block}"));
    // Again: the same file.
    assert_eq!(merge(&merged, &new_block).unwrap(), merged);
}

#[test]
fn a_file_with_a_marker_missing_or_doubled_is_left_alone() {
    let block = format!("{BEGIN}\n{END}\n");
    assert!(merge(&format!("{BEGIN}\nkey\n"), &block).is_err());
    assert!(merge(&format!("{END}\nkey\n{BEGIN}\n"), &block).is_err());
    assert!(merge(&format!("{BEGIN}\n{END}\n{BEGIN}\n{END}\n"), &block).is_err());
}

#[test]
fn a_line_ortaq_wrote_outside_the_markers_is_refused_naming_it() {
    let block = block(
        &[person("alice"), person("bob")],
        Path::new("/bin/ortaq"),
        Path::new("/srv/o.db"),
        Path::new("/k"),
    )
    .unwrap();
    // The markers deleted by hand: ortaq's lines are left among the others'.
    let unmarked: String = block
        .lines()
        .filter(|l| *l != BEGIN && *l != END)
        .map(|l| format!("{l}\n"))
        .collect();
    let existing = format!("ssh-ed25519 AAAA admin\n{unmarked}");
    let error = merge(&existing, &block).unwrap_err().to_string();
    assert_eq!(
        error,
        crate::tr!("access-keys-stray", line = "2", name = "alice", count = 2)
    );
    assert!(check(&existing).is_err());
    // A line with ortaq's forced command but no comment, after a whole block.
    let forced =
        "restrict,pty,command=\"/usr/bin/ortaq --db /srv/o.db serve --authorized-keys /k bob\" ssh-ed25519 AAAA";
    let existing = format!("{block}{forced}\n");
    assert_eq!(
        merge(&existing, &block).unwrap_err().to_string(),
        crate::tr!("access-keys-stray", line = "5", name = "?", count = 1)
    );
    // A name in a hand-made comment is shown safely.
    let error = check("ssh-ed25519 AAAA ortaq:a\u{1b}[2Jb\n").unwrap_err().to_string();
    assert!(error.contains("ortaq:a^[[2Jb"), "{error}");
    // Inside the markers, the same lines are ortaq's to replace; foreign ones stay.
    assert!(check(&format!("ssh-rsa BBBB backup-robot\n{block}")).is_ok());
}

#[test]
fn the_marker_message_never_asks_to_remove_the_markers() {
    for lang in [crate::i18n::Lang::En, crate::i18n::Lang::Ru] {
        let text = crate::i18n::message_in(lang, "access-keys-markers", &[]);
        assert!(!text.contains("remove both") && !text.contains("удалите обе"), "{text}");
        assert!(text.contains("ortaq access sync"), "{text}");
    }
}

#[test]
fn a_broken_file_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("authorized_keys");
    let stale = "restrict,pty,command=\"/bin/ortaq --db /srv/o.db serve --authorized-keys /k old\" ssh-ed25519 AAAA ortaq:old\n";
    std::fs::write(&path, stale).unwrap();
    let block = block(&[], Path::new("/bin/ortaq"), Path::new("/srv/o.db"), Path::new("/k")).unwrap();
    assert!(rewrite(&path, &block).is_err());
    assert!(read_checked(&path).is_err());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), stale);
    assert_eq!(
        read_checked(&dir.path().join("none")).unwrap(),
        "",
        "no file yet is an empty one"
    );
}

#[test]
fn the_file_is_replaced_whole_and_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ssh/authorized_keys");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "ssh-ed25519 AAAA mine\n").unwrap();
    let block = block(
        &[person("alice")],
        Path::new("/bin/ortaq"),
        Path::new("/srv/o.db"),
        Path::new("/k"),
    )
    .unwrap();
    rewrite(&path, &block).unwrap();
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.starts_with("ssh-ed25519 AAAA mine\n# ortaq begins"),
        "{written}"
    );
    assert!(written.contains("serve --authorized-keys /k --key "), "{written}");
    assert!(written.contains(" alice\" ssh-ed25519"), "{written}");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}
