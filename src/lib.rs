//! ortaq: a keyboard-driven terminal tracker for the portfolio of joint
//! Kazakhstan–Uzbekistan industrial projects.
//!
//! The layers depend one way: [`domain`] (pure types and parsing) <- [`store`] (SQLite)
//! <- [`report`] (summaries and exports) <- [`tui`] and [`cli`], wired in `main.rs`.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod cli;
pub mod domain;
pub mod exchange;
pub mod generate;
pub mod i18n;
pub mod report;
pub mod store;
pub mod tui;
