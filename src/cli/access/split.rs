//! What a person asked for over SSH (`SSH_ORIGINAL_COMMAND`), read as ortaq's own
//! arguments: split like a shell splits words (shlex), never run by one, so `;`, `&&`,
//! `$(…)` and backticks are at most arguments, which ortaq's parser then refuses. What
//! may run is then decided by the allow-list (`allow.rs`) from what clap read.

use clap::FromArgMatches;

use super::allow;
use crate::cli::Cli;

/// What the words ask for.
#[derive(Debug)]
pub enum Parsed {
    /// A command (or, with none, the interface) to run as the person, and what was given
    /// on the command line, for the allow-list.
    Run(Box<Cli>, allow::Asked),
    /// `--help` or `--version`: the text to print.
    Print(String),
}

/// Why the words are not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unparsed {
    /// Quotes left open, or a lone backslash at the end.
    Quoting,
    /// Not ortaq's arguments: clap's explanation, in the language spoken.
    Arguments(String),
}

impl Unparsed {
    pub fn message(&self) -> String {
        match self {
            Unparsed::Quoting => crate::tr!("access-refused-quoting"),
            Unparsed::Arguments(explanation) => explanation.trim_end().to_string(),
        }
    }
}

/// Splits and parses what was asked, in the language it asks for (`--lang ru`) or the
/// person's locale, so that help and clap's explanations are said in it.
pub fn parse(asked: &str) -> Result<Parsed, Unparsed> {
    let words = shlex::split(asked).ok_or(Unparsed::Quoting)?;
    if let Some(lang) = crate::cli::lang_flag(words.iter().map(std::ffi::OsString::from)) {
        crate::i18n::set_language(crate::i18n::Lang::choose(Some(&lang)));
    }
    let mut command = crate::cli::command();
    command.build();
    let explain =
        |error: clap::Error| crate::cli::help::error_text(&error).unwrap_or_else(|| error.render().to_string());
    let matches = match command
        .clone()
        .try_get_matches_from(std::iter::once("ortaq".to_string()).chain(words))
    {
        Ok(matches) => matches,
        Err(error) => {
            use clap::error::ErrorKind;
            return match error.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Ok(Parsed::Print(error.render().to_string())),
                _ => Err(Unparsed::Arguments(explain(error))),
            };
        }
    };
    let given = allow::Asked::from_matches(&command, &matches);
    let mut cli = Cli::from_arg_matches(&matches).map_err(|e| Unparsed::Arguments(explain(e)))?;
    // ORTAQ_DB in the server's environment is not the person's choice; the entry's own
    // --db is the database served.
    cli.db = None;
    Ok(Parsed::Run(Box::new(cli), given))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Command;

    fn run(asked: &str) -> Cli {
        match parse(asked) {
            Ok(Parsed::Run(cli, _)) => *cli,
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
    fn what_was_given_is_handed_to_the_allow_list() {
        match parse("--db /tmp/other.db list") {
            Ok(Parsed::Run(cli, given)) => {
                assert_eq!(cli.db, None, "never the person's database");
                assert!(given.given.iter().any(|(id, _)| id == "db"), "{given:?}");
            }
            other => panic!("{other:?}"),
        }
        assert!(run("--read-only list").read_only);
    }

    #[test]
    fn help_is_printed_not_refused() {
        assert!(matches!(parse("--help"), Ok(Parsed::Print(text)) if text.contains("Usage")));
        assert!(matches!(parse("summary --help"), Ok(Parsed::Print(_))));
    }
}
