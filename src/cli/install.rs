//! What makes the command line install like a well-kept tool: shell completions, the
//! manual page, and a version line that names the SQLite inside. All are generated from
//! the same clap definitions as the parser, so they can never drift from it. They speak
//! the language chosen for the run, as `--help` does.

use std::sync::LazyLock;

use super::Command;
use anyhow::{Context, Result};

/// `ortaq --version`: ortaq's version and the SQLite it was built with, which decides the
/// file format and WAL behaviour that replication (Litestream) relies on.
pub fn version_line() -> &'static str {
    static LINE: LazyLock<String> = LazyLock::new(|| {
        format!(
            "{} (SQLite {})",
            env!("CARGO_PKG_VERSION"),
            crate::store::sqlite_version()
        )
    });
    LINE.as_str()
}

/// The text of a command that needs no database, or `None` for every other command.
pub fn generated(command: &Command) -> Option<Result<String>> {
    match command {
        Command::Completions { shell } => Some(completions(*shell)),
        Command::Manpage => Some(manpage()),
        _ => None,
    }
}

fn completions(shell: clap_complete::Shell) -> Result<String> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "ortaq", &mut script);
    String::from_utf8(script).with_context(|| crate::tr!("cli-completions-not-utf8"))
}

fn manpage() -> Result<String> {
    let mut page = Vec::new();
    clap_mangen::Man::new(super::command())
        .render(&mut page)
        .with_context(|| crate::tr!("cli-manpage-failed"))?;
    String::from_utf8(page).with_context(|| crate::tr!("cli-manpage-not-utf8"))
}
