//! The `ortaq` binary: parses the command line and runs a command, or the interface.

use std::process::ExitCode;

use ortaq::cli;

fn main() -> ExitCode {
    let lang = ortaq::i18n::Lang::choose(cli::lang_flag(std::env::args_os()).as_deref());
    ortaq::i18n::set_language(lang);
    let cli = cli::parse();
    let result = match &cli.command {
        Some(command) => cli::run(&cli, command),
        None => cli::open_store(&cli).and_then(|store| ortaq::tui::run(store, cli.mouse)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("ortaq: {}", ortaq::domain::text::for_terminal(&cli::error_line(&error)));
            ExitCode::FAILURE
        }
    }
}
