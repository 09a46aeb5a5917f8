//! How a session or a refusal ended, as the access log stores it (a code, the same in
//! every language and in every database written before) and as `access log` words it.

use crate::tr;

/// The outcome stored in an access-log entry (its `old_value`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Outcome {
    /// The session ended without error.
    Ok,
    /// The session ended with this error (as said to the person, in their language).
    Failed(String),
    /// The link dropped: the signal that ended the session.
    Hangup(i32),
    /// The name has no place in the database.
    NotAllowedIn,
    /// The authorized_keys line names no key (written by an older ortaq).
    LineWithoutKey,
    /// The key is not the person's now (a line left behind for someone removed).
    NotThisPersonsKey,
}

impl Outcome {
    /// The stored code: the English words ortaq has always written.
    pub(super) fn code(&self) -> String {
        match self {
            Outcome::Ok => "ok".to_string(),
            Outcome::Failed(error) => format!("failed: {error}"),
            Outcome::Hangup(signal) => format!("hangup (signal {signal})"),
            Outcome::NotAllowedIn => "not allowed in".to_string(),
            Outcome::LineWithoutKey => "line without a key".to_string(),
            Outcome::NotThisPersonsKey => "not this person's key".to_string(),
        }
    }

    /// Reads a stored code; anything else (a refusal's reason, stored as said) is `None`.
    pub(super) fn parse(code: &str) -> Option<Self> {
        match code {
            "ok" => Some(Outcome::Ok),
            "not allowed in" => Some(Outcome::NotAllowedIn),
            "line without a key" => Some(Outcome::LineWithoutKey),
            "not this person's key" => Some(Outcome::NotThisPersonsKey),
            _ => {
                if let Some(error) = code.strip_prefix("failed: ") {
                    return Some(Outcome::Failed(error.to_string()));
                }
                let signal = code.strip_prefix("hangup (signal ")?.strip_suffix(')')?;
                signal.parse().ok().map(Outcome::Hangup)
            }
        }
    }

    /// The outcome in the language spoken.
    pub(super) fn words(&self) -> String {
        match self {
            Outcome::Ok => tr!("access-outcome-ok"),
            Outcome::Failed(error) => tr!("access-outcome-failed", error = error.as_str()),
            Outcome::Hangup(signal) => tr!("access-outcome-hangup", signal = signal.to_string()),
            Outcome::NotAllowedIn => tr!("access-outcome-not-allowed-in"),
            Outcome::LineWithoutKey => tr!("access-outcome-line-without-key"),
            Outcome::NotThisPersonsKey => tr!("access-outcome-not-this-persons-key"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};

    fn every() -> [Outcome; 6] {
        [
            Outcome::Ok,
            Outcome::Failed("no such project".into()),
            Outcome::Hangup(1),
            Outcome::NotAllowedIn,
            Outcome::LineWithoutKey,
            Outcome::NotThisPersonsKey,
        ]
    }

    #[test]
    fn every_outcome_reads_back_from_its_code() {
        for outcome in every() {
            assert_eq!(Outcome::parse(&outcome.code()), Some(outcome.clone()), "{outcome:?}");
        }
        assert_eq!(Outcome::parse("too long"), None);
    }

    #[test]
    fn every_outcome_is_worded_in_both_languages() {
        for outcome in every() {
            set_language(Lang::Ru);
            let russian = outcome.words();
            set_language(Lang::En);
            let english = outcome.words();
            assert_eq!(english, outcome.code(), "English says what is stored");
            assert!(!russian.starts_with("access-outcome"), "{outcome:?}: {russian}");
            assert!(
                russian.chars().any(|c| ('а'..='я').contains(&c)),
                "{outcome:?}: {russian}"
            );
        }
    }
}
