//! What a command prints: data on standard output, messages on standard error. A leaf
//! every command module uses, so that none of them needs the dispatcher.

use std::io::{IsTerminal, Write};

use anyhow::{Context, Result, bail};

use crate::domain::text;
use crate::tr;

/// Writes data to standard output; a closed pipe (`| head`) is not an error. On a
/// terminal every format (CSV and JSON too) is made safe to show: stored escape
/// sequences are printed visibly, never sent; to a file or a pipe the data stays exact.
pub(crate) fn emit(data: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    let data = if stdout.is_terminal() {
        text::for_terminal_multiline(data)
    } else {
        std::borrow::Cow::Borrowed(data)
    };
    match stdout.write_all(data.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.with_context(|| tr!("cli-stdout-failed")),
    }
}

/// Writes a binary file (a workbook) to standard output, unless that is a terminal, where
/// it would be noise: then the person is told to redirect it or name a file.
pub(crate) fn emit_binary(data: &[u8], format: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    if stdout.is_terminal() {
        bail!(tr!("report-binary-to-terminal", format = format));
    }
    match stdout.write_all(data).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.with_context(|| tr!("cli-stdout-failed")),
    }
}

/// A refused value of an option, in words: `--as-of: …`.
pub(crate) fn refused(option: &str, error: &crate::domain::DomainError) -> anyhow::Error {
    anyhow::anyhow!("{option}: {}", crate::i18n::error::domain_error(error))
}

/// A message for the person, on standard error.
pub(crate) fn message(text: &str) {
    eprintln!("{text}");
}
