//! `--help`, completions and the manual page in the language spoken. The derive in
//! `cli/mod.rs` is the English source; in another language each command's about and each
//! argument's help is replaced by its message (`cli-help-<command path>` and
//! `cli-help-<command path>-arg-<argument>`, or `cli-help-arg-<argument>` when shared),
//! and clap's own headings, help and version flags are rebuilt in that language.

use clap::{Arg, ArgAction, CommandFactory};

use super::Cli;
use crate::i18n::{Lang, language, message};
use crate::tr;

/// The command line's definition in the language spoken: parse with it, and build
/// completions and the manual page from it.
pub fn command() -> clap::Command {
    let command = Cli::command();
    if language() == Lang::En {
        return command;
    }
    let mut command = localize(command, "cli-help", true);
    command.build();
    translate_usage(&mut command);
    // The built-in `help` subcommand exists only once the command is built.
    command.mut_subcommand("help", |help| help.about(tr!("cli-help-help")))
}

/// Clap writes `[OPTIONS]` in every usage line; the built usage is taken and that word
/// said in the language.
fn translate_usage(command: &mut clap::Command) {
    let usage = command.render_usage().to_string();
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, rest)| rest);
    let translated = usage.replace("[OPTIONS]", &tr!("cli-help-usage-options"));
    *command = std::mem::take(command).override_usage(translated);
    for sub in command.get_subcommands_mut() {
        translate_usage(sub);
    }
}

/// A message of the current language, or `None` where there is none (the argument then
/// keeps its English help, which a test keeps from happening for ortaq's own).
fn optional(id: &str) -> Option<String> {
    let text = message(id, &[]);
    (text != id).then_some(text)
}

fn localize(mut command: clap::Command, key: &str, root: bool) -> clap::Command {
    if let Some(about) = optional(key) {
        command = command.about(about).long_about(None::<&'static str>);
    }
    let ids: Vec<String> = command.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        let name = id.replace('_', "-");
        // The shared text only where the derive shares it: `add --status` is no filter.
        let shared = command
            .get_arguments()
            .any(|a| a.get_id() == id.as_str() && a.get_help().is_some())
            .then(|| optional(&format!("cli-help-arg-{name}")))
            .flatten();
        let help = optional(&format!("{key}-arg-{name}")).or(shared);
        command = command.mut_arg(id.as_str(), |arg| localize_arg(arg, help));
    }
    command = command
        .help_template(tr!("cli-help-template"))
        .subcommand_help_heading(tr!("cli-help-commands"))
        .subcommand_value_name(tr!("cli-help-command"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr!("cli-help-flag-help"))
                .help_heading(tr!("cli-help-options")),
        );
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr!("cli-help-flag-version"))
                .help_heading(tr!("cli-help-options")),
        );
    }
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        let sub_key = format!("{key}-{name}");
        command = command.mut_subcommand(name.as_str(), |sub| localize(sub, &sub_key, false));
    }
    command
}

/// One argument: its help, its heading, and clap's `[default: …]`, `[possible values:
/// …]` and `[env: …]` said in words of the language instead.
fn localize_arg(mut arg: Arg, help: Option<String>) -> Arg {
    let mut text = help
        .or_else(|| arg.get_help().map(ToString::to_string))
        .unwrap_or_default();
    let mut notes = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        // A default that is a word (`today`) is said in the language; both are read.
        .map(|v| optional(&format!("cli-default-{v}")).unwrap_or(v))
        .collect();
    let takes_value = arg.get_action().takes_values();
    if takes_value && !defaults.is_empty() {
        notes.push(tr!("cli-help-default", value = defaults.join(", ")));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_value && !possible.is_empty() {
        notes.push(tr!("cli-help-possible", values = possible.join(", ")));
    }
    if let Some(env) = arg.get_env() {
        notes.push(tr!("cli-help-env", name = env.to_string_lossy().into_owned()));
    }
    if !notes.is_empty() {
        let notes = notes.join("; ");
        text = if text.is_empty() {
            format!("({notes})")
        } else {
            format!("{text} ({notes})")
        };
    }
    let heading = if arg.is_positional() {
        tr!("cli-help-arguments")
    } else {
        tr!("cli-help-options")
    };
    arg = arg.help(text).hide_env(true);
    if takes_value {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    if let Some(value_names) = arg.get_value_names() {
        let translated: Vec<String> = value_names
            .iter()
            .map(|v| {
                optional(&format!("cli-value-{}", v.to_lowercase().replace(['=', '_'], "-")))
                    .unwrap_or_else(|| v.to_string())
            })
            .collect();
        arg = arg.value_names(translated);
    }
    arg.help_heading(heading)
}

/// Clap's commonest parse errors in the language spoken (`None` in English, and for
/// `--help`, `--version` and the rarer errors, which clap prints itself).
pub fn error_text(error: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if language() == Lang::En {
        return None;
    }
    let get = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        Some(ContextValue::Strings(texts)) => Some(texts.join(", ")),
        Some(ContextValue::StyledStr(text)) => Some(text.to_string()),
        _ => None,
    };
    let argument = || get(ContextKind::InvalidArg).unwrap_or_default();
    let sentence = match error.kind() {
        ErrorKind::UnknownArgument => tr!("cli-parse-unknown-argument", argument = argument()),
        ErrorKind::InvalidSubcommand => tr!(
            "cli-parse-unknown-command",
            command = get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if get(ContextKind::InvalidValue).unwrap_or_default().is_empty() => {
            tr!("cli-parse-no-value", argument = argument())
        }
        ErrorKind::InvalidValue => tr!(
            "cli-parse-invalid-value",
            value = get(ContextKind::InvalidValue).unwrap_or_default(),
            argument = argument(),
            values = get(ContextKind::ValidValue).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => tr!("cli-parse-missing", arguments = argument()),
        // ortaq's own value parsers say why, in the language spoken already.
        ErrorKind::ValueValidation if std::error::Error::source(error).is_some() => tr!(
            "cli-parse-invalid-because",
            argument = argument(),
            reason = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default()
        ),
        ErrorKind::NoEquals | ErrorKind::ValueValidation | ErrorKind::TooManyValues | ErrorKind::ArgumentConflict => {
            tr!("cli-parse-bad-argument", argument = argument())
        }
        _ => return None,
    };
    let mut text = tr!("cli-parse-error", problem = sentence) + "\n\n";
    if let Some(usage) = get(ContextKind::Usage).filter(|u| !u.is_empty()) {
        let usage = usage
            .split_once(": ")
            .map_or(usage.as_str(), |(_, rest)| rest)
            .to_string();
        text.push_str(&tr!("cli-parse-usage", usage = usage));
        text.push_str("\n\n");
    }
    text.push_str(&tr!("cli-parse-more"));
    text.push('\n');
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{message_in, set_language};

    /// Every about and argument help of the English derive, with its message id.
    fn english_texts(command: &clap::Command, key: &str, out: &mut Vec<(String, String)>) {
        if let Some(about) = command.get_about() {
            out.push((key.to_string(), about.to_string()));
        }
        for arg in command.get_arguments() {
            if let Some(help) = arg.get_help() {
                out.push((
                    format!("{key}-arg-{}", arg.get_id().as_str().replace('_', "-")),
                    help.to_string(),
                ));
            }
        }
        for sub in command.get_subcommands() {
            english_texts(sub, &format!("{key}-{}", sub.get_name()), out);
        }
    }

    /// The message a text is found under: the command's own, else the shared one.
    fn found(lang: Lang, id: &str) -> Option<String> {
        let shared = id.split_once("-arg-").map(|(_, arg)| format!("cli-help-arg-{arg}"));
        [Some(id.to_string()), shared]
            .into_iter()
            .flatten()
            .map(|id| (message_in(lang, &id, &[]), id))
            .find(|(text, id)| text != id)
            .map(|(text, _)| text)
    }

    #[test]
    fn every_help_text_has_a_message_and_english_matches_the_derive() {
        let mut texts = Vec::new();
        english_texts(&Cli::command(), "cli-help", &mut texts);
        let mut wrong = Vec::new();
        for (id, english) in &texts {
            if found(Lang::En, id).as_deref() != Some(english.as_str()) || found(Lang::Ru, id).is_none() {
                wrong.push(format!("{id} = {english}"));
            }
        }
        assert!(
            wrong.is_empty(),
            "messages missing or out of step:\n{}",
            wrong.join("\n")
        );
    }

    /// The arguments of every command that say nothing in `--help`, as `command ARG`.
    fn unexplained(command: &clap::Command, path: &str, out: &mut Vec<String>) {
        for arg in command.get_arguments().filter(|a| a.get_help().is_none()) {
            out.push(format!("{path} {}", arg.get_id()));
        }
        for sub in command.get_subcommands() {
            unexplained(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    /// A positional argument (`note <PROJECT>`) is explained too, so the test above
    /// asks for its Russian text: without one, `--help` showed an empty line.
    #[test]
    fn every_argument_positional_ones_too_is_explained() {
        let mut missing = Vec::new();
        unexplained(&Cli::command(), "ortaq", &mut missing);
        assert!(missing.is_empty(), "arguments without help:\n{}", missing.join("\n"));
    }

    #[test]
    fn a_default_that_is_a_word_is_said_in_the_language() {
        set_language(Lang::Ru);
        let mut command = command();
        let note = command
            .find_subcommand_mut("note")
            .map(|c| c.render_help().to_string())
            .unwrap_or_default();
        set_language(Lang::En);
        assert!(note.contains("(по умолчанию: сегодня)"), "{note}");
        assert!(!note.contains("today"), "{note}");
    }

    #[test]
    fn russian_help_has_no_clap_headings_in_english() {
        set_language(Lang::Ru);
        let mut command = command();
        let root = command.render_help().to_string();
        let list = command
            .find_subcommand_mut("list")
            .map(|c| c.render_help().to_string())
            .unwrap_or_default();
        set_language(Lang::En);
        for help in [&root, &list] {
            for english in [
                "Usage:",
                "Options:",
                "Commands:",
                "Print help",
                "[default:",
                "[possible values",
                "[env:",
            ] {
                assert!(!help.contains(english), "{english:?} in:\n{help}");
            }
        }
        assert!(root.contains("Команды") && list.contains("Параметры"), "{root}\n{list}");
    }
}
