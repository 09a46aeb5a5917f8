//! ortaq: a keyboard-driven terminal tracker for the portfolio of joint
//! Kazakhstan–Uzbekistan industrial projects.
//!
//! The floors depend one way, each on those below it only (docs/architecture.md):
//!
//! - [`domain`] — pure types and parsing;
//! - [`store`] — SQLite;
//! - [`exchange`] — machine formats (decode, CSV guard, import, the JSON export), no words;
//! - [`i18n`] — every human word, including those of `exchange`'s typed problems;
//! - [`report`] — human documents, built as a `Document` and drawn in any `Format`;
//! - [`tui`] and [`cli`] at the edge, wired in `main.rs`.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod cli;
pub mod domain;
pub mod exchange;
pub mod generate;
pub mod i18n;
pub mod report;
pub mod store;
pub mod tui;
