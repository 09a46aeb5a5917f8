//! What a person asked for over SSH (`SSH_ORIGINAL_COMMAND`), read as ortaq's own
//! arguments: split like a shell splits words (shlex), never run by one, so `;`, `&&`,
//! `$(…)` and backticks are at most arguments, which ortaq's parser then refuses. The
//! global options that choose a file (`--db`, `--empty`) are refused here.

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches};

use crate::cli::Cli;

/// What the words ask for.
#[derive(Debug)]
pub enum Asked {
    /// A command (or, with none, the interface) to run as the person.
    Run(Box<Cli>),
    /// `--help` or `--version`: the text to print.
    Print(String),
}

/// Why the words are not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unparsed {
    /// Quotes left open, or a lone backslash at the end.
    Quoting,
    /// Not ortaq's arguments: clap's explanation.
    Arguments(String),
    /// A global option that chooses a file on the server.
    ChoosesFile(&'static str),
}

impl Unparsed {
    pub fn message(&self) -> String {
        match self {
            Unparsed::Quoting => crate::tr!("access-refused-quoting"),
            Unparsed::Arguments(explanation) => explanation.trim_end().to_string(),
            Unparsed::ChoosesFile(option) => crate::tr!("access-refused-path", option = *option),
        }
    }
}

/// Splits and parses what was asked.
pub fn parse(asked: &str) -> Result<Asked, Unparsed> {
    let words = shlex::split(asked).ok_or(Unparsed::Quoting)?;
    let matches = match Cli::command().try_get_matches_from(std::iter::once("ortaq".to_string()).chain(words)) {
        Ok(matches) => matches,
        Err(error) => {
            use clap::error::ErrorKind;
            return match error.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Ok(Asked::Print(error.render().to_string())),
                _ => Err(Unparsed::Arguments(error.render().to_string())),
            };
        }
    };
    // ORTAQ_DB in the server's environment is not the person's choice, and is ignored
    // below; only a --db they typed is refused.
    if matches.value_source("db") == Some(ValueSource::CommandLine) {
        return Err(Unparsed::ChoosesFile("--db"));
    }
    if matches.get_flag("empty") {
        return Err(Unparsed::ChoosesFile("--empty"));
    }
    let mut cli = Cli::from_arg_matches(&matches).map_err(|e| Unparsed::Arguments(e.render().to_string()))?;
    cli.db = None;
    Ok(Asked::Run(Box::new(cli)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Command;

    fn run(asked: &str) -> Cli {
        match parse(asked) {
            Ok(Asked::Run(cli)) => *cli,
            other => panic!("{asked:?}: {other:?}"),
        }
    }

    #[test]
    fn words_are_split_as_a_shell_would_split_them() {
        let cli = run("summary --format markdown");
        assert!(matches!(cli.command, Some(Command::Summary(_))));
        match run(r#"note angren "frames of 8 buildings; done" --date '2024-07-12'"#).command {
            Some(Command::Note {
                project, text, date, ..
            }) => {
                assert_eq!(project, "angren");
                assert_eq!(text, "frames of 8 buildings; done");
                assert_eq!(date, "2024-07-12");
            }
            other => panic!("{other:?}"),
        }
        match run(r"set angren name=Angren\ plant").command {
            Some(Command::Set { assignments, .. }) => assert_eq!(assignments, ["name=Angren plant"]),
            other => panic!("{other:?}"),
        }
        assert!(run("").command.is_none(), "nothing asked: the interface");
        assert!(run("--lang ru").command.is_none());
    }

    #[test]
    fn shell_syntax_is_at_most_an_argument() {
        for asked in [
            "list; rm -rf ~",
            "list && rm -rf ~",
            "list | sh",
            "list $(id)",
            "list `id`",
            "list > /tmp/x",
        ] {
            assert!(
                matches!(parse(asked), Err(Unparsed::Arguments(_))),
                "{asked:?} must be refused"
            );
        }
        // Quoted, it is a project reference, which finds nothing: harmless.
        match run("show '$(rm -rf ~)'").command {
            Some(Command::Show { project, .. }) => assert_eq!(project, "$(rm -rf ~)"),
            other => panic!("{other:?}"),
        }
        assert_eq!(parse("show 'angren").err(), Some(Unparsed::Quoting));
        assert_eq!(parse("show angren\\").err(), Some(Unparsed::Quoting));
    }

    #[test]
    fn options_that_choose_a_file_are_refused() {
        assert_eq!(
            parse("--db /tmp/other.db list").err(),
            Some(Unparsed::ChoosesFile("--db"))
        );
        assert_eq!(
            parse("list --db=/tmp/other.db").err(),
            Some(Unparsed::ChoosesFile("--db"))
        );
        assert_eq!(parse("--empty list").err(), Some(Unparsed::ChoosesFile("--empty")));
        assert!(run("--read-only list").read_only);
    }

    #[test]
    fn help_is_printed_not_refused() {
        assert!(matches!(parse("--help"), Ok(Asked::Print(text)) if text.contains("Usage")));
        assert!(matches!(parse("summary --help"), Ok(Asked::Print(_))));
    }
}
