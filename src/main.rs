//! The `ortaq` binary: parses the command line and runs a command, or the interface.

use std::process::ExitCode;

use clap::Parser;

use ortaq::cli::{self, Cli};

fn main() -> ExitCode {
    let lang = ortaq::i18n::Lang::choose(cli::lang_flag(std::env::args_os()).as_deref());
    ortaq::i18n::set_language(lang);
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(command) => cli::run(&cli, command),
        None => cli::open_store(&cli).and_then(|store| ortaq::tui::run(store, cli.mouse)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "ortaq: {}",
                ortaq::domain::text::for_terminal(&ortaq::i18n::error::chain(&error))
            );
            ExitCode::FAILURE
        }
    }
}
