//! The service account's authorized_keys file: one line per person, each forcing the
//! `serve` entry with that person's name, written between two marker comments. Every
//! line outside the markers is someone else's and is kept as it was. The file is
//! replaced atomically (a temporary file beside it, renamed over it).

use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use ssh_key::public::KeyData;
use ssh_key::{Algorithm, HashAlg, Mpint, PublicKey};

use crate::domain::text;

use crate::store::Person;

/// The line that opens ortaq's part of the file.
pub const BEGIN: &str =
    "# ortaq begins: the lines up to \"# ortaq ends\" are written by `ortaq access`; change them with it";
/// The line that closes it.
pub const END: &str = "# ortaq ends";

/// A public key as stored: without options or comment, and its SHA-256 fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedKey {
    pub public_key: String,
    pub fingerprint: String,
}

/// The smallest RSA key accepted, in bits: OpenSSH's own floor for new keys; shorter
/// ones can be factored.
pub const MIN_RSA_BITS: usize = 2048;

/// Whether `word` is the algorithm word that begins a `.pub` line.
fn is_algorithm(word: &str) -> bool {
    word.starts_with("ssh-") || word.starts_with("ecdsa-sha2-") || word.starts_with("sk-")
}

/// The first key in `text` (a `.pub` file: `ssh-ed25519 AAAA… comment`). Refused, each
/// saying what was given instead: a private key, a certificate, an authorized_keys line
/// with options, an algorithm ortaq does not know, DSA (deprecated, and disabled by
/// OpenSSH), and RSA under [`MIN_RSA_BITS`].
pub fn parse_key(text: &str) -> Result<ParsedKey> {
    if text.contains("PRIVATE KEY-----") {
        bail!(crate::tr!("access-key-private"));
    }
    let line = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .ok_or_else(|| anyhow!(crate::tr!("access-key-missing")))?;
    let first = line.split_whitespace().next().unwrap_or_default();
    if first.contains("-cert-v0") {
        bail!(crate::tr!("access-key-certificate"));
    }
    if !is_algorithm(first) && line.split_whitespace().skip(1).any(is_algorithm) {
        bail!(crate::tr!("access-key-options"));
    }
    let unknown = || {
        anyhow!(crate::tr!(
            "access-key-algorithm",
            algorithm = text::for_terminal(first).into_owned()
        ))
    };
    if is_algorithm(first) && matches!(Algorithm::new(first), Err(_) | Ok(Algorithm::Other(_))) {
        return Err(unknown());
    }
    let key = PublicKey::from_openssh(line).map_err(|e| match e {
        ssh_key::Error::AlgorithmUnknown => unknown(),
        e => anyhow!(crate::tr!("access-key-unreadable", reason = e.to_string())),
    })?;
    match key.key_data() {
        KeyData::Dsa(_) => bail!(crate::tr!("access-key-dsa")),
        KeyData::Rsa(rsa) => {
            let bits = rsa_bits(&rsa.n);
            if bits < MIN_RSA_BITS {
                bail!(crate::tr!(
                    "access-key-rsa-short",
                    bits = bits.to_string(),
                    least = MIN_RSA_BITS.to_string()
                ));
            }
        }
        KeyData::Other(_) => return Err(unknown()),
        _ => {}
    }
    let bare = PublicKey::new(key.key_data().clone(), "");
    let public_key = bare
        .to_openssh()
        .map_err(|e| anyhow!(crate::tr!("access-key-unreadable", reason = e.to_string())))?
        .trim()
        .to_string();
    Ok(ParsedKey {
        public_key,
        fingerprint: key.fingerprint(HashAlg::Sha256).to_string(),
    })
}

/// The size of an RSA modulus in bits.
fn rsa_bits(n: &Mpint) -> usize {
    match n.as_positive_bytes() {
        Some([first, rest @ ..]) => rest.len() * 8 + (8 - first.leading_zeros() as usize),
        _ => 0,
    }
}

/// One word of the forced command. sshd runs the command through the account's shell,
/// so each word is quoted for it (shlex); a `"` or `\` would end or escape the
/// authorized_keys option itself, so paths holding them are refused.
fn shell_word(text: &str) -> Result<String> {
    if text.chars().any(|c| c == '"' || c == '\\' || c.is_control()) {
        bail!(crate::tr!("access-path-unusable", path = text));
    }
    Ok(shlex::try_quote(text)
        .map_err(|_| anyhow!(crate::tr!("access-path-unusable", path = text)))?
        .into_owned())
}

/// The command a person's key is forced to run: `<ortaq> --db <path> serve
/// --authorized-keys <file> --key <fingerprint> <name>`. The file is the one the line is
/// in, so that an admin's `access` command over SSH rewrites that same file; the
/// fingerprint is the key's, so a line left behind for a removed person, whose name was
/// given to someone else since, lets no one in.
pub fn forced_command(ortaq: &Path, database: &Path, keys: &Path, fingerprint: &str, name: &str) -> Result<String> {
    let path_word = |path: &Path| {
        path.to_str()
            .ok_or_else(|| anyhow!(crate::tr!("access-path-unusable", path = path.display().to_string())))
            .and_then(shell_word)
    };
    Ok(format!(
        "{} --db {} serve --authorized-keys {} --key {} {}",
        path_word(ortaq)?,
        path_word(database)?,
        path_word(keys)?,
        shell_word(fingerprint)?,
        shell_word(name)?
    ))
}

/// ortaq's part of the file, markers included, for these people.
pub fn block(people: &[Person], ortaq: &Path, database: &Path, keys: &Path) -> Result<String> {
    let mut out = format!("{BEGIN}\n");
    for person in people {
        let command = forced_command(ortaq, database, keys, &person.fingerprint, &person.name)?;
        // restrict: no forwarding of any kind, no agent, no X11, no ~/.ssh/rc;
        // pty is given back so that the interface can run.
        out.push_str(&format!(
            "restrict,pty,command=\"{command}\" {} ortaq:{}\n",
            person.public_key, person.name
        ));
    }
    out.push_str(END);
    out.push('\n');
    Ok(out)
}

/// The person an authorized_keys line was written for, if ortaq wrote it: its forced
/// command is ortaq's `serve --authorized-keys`, or its comment is `ortaq:NAME`. The name
/// is as the file has it (untrusted); empty when only the command tells.
fn written_by_ortaq(line: &str) -> Option<String> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let comment = line
        .split_whitespace()
        .last()
        .and_then(|word| word.strip_prefix("ortaq:"))
        .map(str::to_string);
    let forced = line
        .split_once("command=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .is_some_and(|(command, _)| {
            let words: Vec<&str> = command.split_whitespace().collect();
            words.contains(&"serve") && words.contains(&"--authorized-keys")
        });
    match comment {
        Some(name) => Some(name),
        None if forced => Some(String::new()),
        None => None,
    }
}

/// Whether ortaq may write into a file holding `existing`. Refused, saying what to fix:
/// a marker missing, doubled or out of order (which lines are someone else's could not
/// be told), and a line ortaq wrote standing outside the markers (edited by hand), which
/// a rewrite would leave in place, letting in a key no live person owns, in a role the
/// database no longer gives.
pub fn check(existing: &str) -> Result<()> {
    let begins = existing.lines().filter(|l| l.trim_end() == BEGIN).count();
    let ends = existing.lines().filter(|l| l.trim_end() == END).count();
    let begin_first = existing
        .lines()
        .position(|l| l.trim_end() == BEGIN)
        .zip(existing.lines().position(|l| l.trim_end() == END))
        .is_none_or(|(b, e)| b < e);
    if begins != ends || begins > 1 || !begin_first {
        bail!(crate::tr!("access-keys-markers"));
    }
    let mut inside = false;
    let mut stray = Vec::new();
    for (number, line) in existing.lines().enumerate() {
        if line.trim_end() == BEGIN {
            inside = true;
        } else if line.trim_end() == END {
            inside = false;
        } else if !inside && let Some(name) = written_by_ortaq(line) {
            stray.push((number + 1, name));
        }
    }
    if let Some((line, name)) = stray.first() {
        bail!(crate::tr!(
            "access-keys-stray",
            line = line.to_string(),
            name = if name.is_empty() {
                "?".to_string()
            } else {
                text::for_terminal(name).into_owned()
            },
            count = stray.len()
        ));
    }
    Ok(())
}

/// The file at `path` as ortaq may write it (see [`check`]); a missing file is empty.
pub fn read_checked(path: &Path) -> Result<String> {
    let shown = path.display().to_string();
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).context(crate::tr!("access-keys-unreadable", path = shown.as_str())),
    };
    check(&existing).with_context(|| shown.clone())?;
    Ok(existing)
}

/// `existing` with ortaq's part replaced by `block` (where it was, or at the end), every
/// other line kept. A file [`check`] refuses is refused.
pub fn merge(existing: &str, block: &str) -> Result<String> {
    check(existing)?;
    let mut out = String::with_capacity(existing.len() + block.len());
    let mut inside = false;
    let mut placed = false;
    for line in existing.lines() {
        if line.trim_end() == BEGIN {
            inside = true;
            out.push_str(block);
            placed = true;
        } else if inside {
            inside = line.trim_end() != END;
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !placed {
        out.push_str(block);
    }
    Ok(out)
}

/// Writes `block` into the file at `path`, keeping the rest: the directory is made
/// (0700) if missing, and the new file, 0600, is renamed over the old one.
pub fn rewrite(path: &Path, block: &str) -> Result<()> {
    let shown = path.display().to_string();
    let existing = read_checked(path)?;
    let merged = merge(&existing, block).with_context(|| shown.clone())?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| crate::tr!("access-keys-unwritable", path = shown.as_str()))?;
    let mut temp = tempfile::Builder::new()
        .prefix(".authorized_keys.ortaq-")
        .permissions(std::fs::Permissions::from_mode(0o600))
        .tempfile_in(dir)
        .with_context(|| crate::tr!("access-keys-unwritable", path = shown.as_str()))?;
    temp.write_all(merged.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| crate::tr!("access-keys-unwritable", path = shown.as_str()))?;
    temp.persist(path).map_err(|e| {
        anyhow::Error::new(e.error).context(crate::tr!("access-keys-unwritable", path = shown.as_str()))
    })?;
    Ok(())
}

/// The running account's `~/.ssh/authorized_keys`, from the password database: under
/// `runuser -u ortaq` or `sudo -u ortaq`, `$HOME` may still be root's.
pub fn default_path() -> Result<PathBuf> {
    let user = nix::unistd::User::from_uid(nix::unistd::geteuid())
        .ok()
        .flatten()
        .ok_or_else(|| anyhow!(crate::tr!("access-keys-no-home")))?;
    Ok(user.dir.join(".ssh").join("authorized_keys"))
}

#[cfg(test)]
mod tests;
