//! Where a project is in its life, a closed set in lifecycle order.

use std::fmt;

use super::{DomainError, Problem};

/// The lifecycle stage of a project. The order of the variants is the order in which
/// summaries list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Promising, in preparation.
    Proposed,
    /// An agreement is signed.
    Agreed,
    Construction,
    /// Implemented, launched.
    Operating,
    Suspended,
    Cancelled,
}

const SYNONYMS: &[(Status, &[&str])] = &[
    (
        Status::Proposed,
        &[
            "proposed",
            "promising",
            "planned",
            "in preparation",
            "preparation",
            "prospective",
            "proposal",
            "pipeline",
            "перспективный",
            "в проработке",
            "в подготовке",
            "планируется",
            "проработка",
            "на стадии проработки",
            "прорабатывается",
        ],
    ),
    (
        Status::Agreed,
        &[
            "agreed",
            "signed",
            "agreement signed",
            "agreement",
            "contracted",
            "подписан",
            "соглашение подписано",
            "согласован",
        ],
    ),
    (
        Status::Construction,
        &[
            "construction",
            "under construction",
            "in construction",
            "building",
            "being built",
            "строительство",
            "строится",
            "реализуется",
            "в стадии реализации",
            "на стадии реализации",
            "выполняется",
        ],
    ),
    (
        Status::Operating,
        &[
            "operating",
            "implemented",
            "launched",
            "operational",
            "running",
            "in operation",
            "open",
            "реализован",
            "запущен",
            "действует",
            "функционирует",
            "действующий",
            "действующее",
            "действующая",
            "действующие",
            "введен в эксплуатацию",
            "введён в эксплуатацию",
        ],
    ),
    (
        Status::Suspended,
        &["suspended", "paused", "on hold", "frozen", "приостановлен"],
    ),
    (
        Status::Cancelled,
        &[
            "cancelled",
            "canceled",
            "abandoned",
            "dropped",
            "terminated",
            "отменён",
            "отменен",
        ],
    ),
];

/// Words that say a project is being worked on without saying at which stage.
const AMBIGUOUS: &[(&str, &[Status])] = &[
    ("в работе", &[Status::Proposed, Status::Construction]),
    ("in progress", &[Status::Proposed, Status::Construction]),
    ("в процессе", &[Status::Proposed, Status::Construction]),
];

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Proposed,
        Status::Agreed,
        Status::Construction,
        Status::Operating,
        Status::Suspended,
        Status::Cancelled,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Agreed => "agreed",
            Status::Construction => "construction",
            Status::Operating => "operating",
            Status::Suspended => "suspended",
            Status::Cancelled => "cancelled",
        }
    }

    /// Understands the six names and their common synonyms, in any case.
    pub fn parse(input: &str) -> Result<Self, DomainError> {
        let wanted = normalize(input);
        if let Some((_, choices)) = AMBIGUOUS.iter().find(|(word, _)| *word == wanted) {
            return Err(DomainError::new(Problem::AmbiguousStatus {
                input: input.trim().to_string(),
                choices: choices.to_vec(),
            }));
        }
        SYNONYMS
            .iter()
            .find(|(_, names)| names.contains(&wanted.as_str()))
            .map(|(status, _)| *status)
            .ok_or_else(|| {
                DomainError::new(Problem::UnknownStatus {
                    input: input.trim().to_string(),
                })
            })
    }
}

fn normalize(input: &str) -> String {
    input
        .trim()
        .to_lowercase()
        .replace(['-', '_'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_synonyms() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Ok(status));
            assert_eq!(Status::parse(&status.as_str().to_uppercase()), Ok(status));
        }
        for (input, status) in [
            ("implemented", Status::Operating),
            ("Under  Construction", Status::Construction),
            ("under-construction", Status::Construction),
            ("promising", Status::Proposed),
            ("canceled", Status::Cancelled),
            ("on hold", Status::Suspended),
            ("Реализован", Status::Operating),
            // As ministries write them.
            ("Реализуется", Status::Construction),
            ("Функционирует", Status::Operating),
            ("Проработка", Status::Proposed),
            ("На стадии проработки", Status::Proposed),
        ] {
            assert_eq!(Status::parse(input), Ok(status), "{input}");
        }
    }

    #[test]
    fn unknown_status_lists_the_accepted_ones() {
        for input in ["", "done?", "operatingg", "1"] {
            let error = Status::parse(input).unwrap_err();
            assert!(error.to_string().contains("proposed, agreed"), "{error}");
        }
    }

    #[test]
    fn lifecycle_order() {
        let mut shuffled = [Status::Cancelled, Status::Operating, Status::Proposed];
        shuffled.sort();
        assert_eq!(shuffled, [Status::Proposed, Status::Operating, Status::Cancelled]);
    }
}
