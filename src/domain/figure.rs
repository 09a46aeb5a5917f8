//! Reported figures' closed sets: what a figure counts ([`Metric`]), how a text gives it
//! ([`Qualifier`]), and the scopes ortaq knows by code. Stored codes and parsing only;
//! the words for people are `i18n`'s.

use super::{DomainError, Problem, text};

/// What a reported figure counts. Kinds are never added up or compared with another:
/// jobs already created are not jobs the projects are to create.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    Projects,
    /// US dollars.
    Investment,
    /// Jobs already there ("have created more than 14,000 jobs").
    JobsCreated,
    /// Jobs the projects are to create ("will provide 13,600 new jobs").
    JobsPlanned,
    /// Jobs recorded before ortaq told created from planned apart.
    Jobs,
    TradeContracts,
    /// US dollars: what the trade contracts are worth.
    TradeContractsValue,
}

impl Metric {
    pub const ALL: [Metric; 7] = [
        Metric::Projects,
        Metric::Investment,
        Metric::JobsCreated,
        Metric::JobsPlanned,
        Metric::Jobs,
        Metric::TradeContracts,
        Metric::TradeContractsValue,
    ];

    /// The stored code, also what the CLI and the exchange formats take.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Projects => "projects",
            Metric::Investment => "investment",
            Metric::JobsCreated => "jobs_created",
            Metric::JobsPlanned => "jobs_planned",
            Metric::Jobs => "jobs",
            Metric::TradeContracts => "trade_contracts",
            Metric::TradeContractsValue => "trade_contracts_value",
        }
    }

    /// Whether the figure is in US dollars (otherwise it is a count).
    pub fn is_money(self) -> bool {
        matches!(self, Metric::Investment | Metric::TradeContractsValue)
    }

    /// The largest figure of this kind ortaq accepts.
    pub fn ceiling(self) -> i64 {
        if self.is_money() {
            super::MAX_INVESTMENT
        } else {
            super::MAX_COUNT
        }
    }

    /// Reads a stored code, also with `-` or a space for `_` (`jobs-created`).
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        let wanted = name.trim().to_lowercase().replace(['-', ' '], "_");
        let words = wanted
            .split('_')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let worded = METRIC_WORDS
            .iter()
            .find(|(_, names)| names.contains(&words.as_str()))
            .map(|(metric, _)| *metric);
        Self::ALL
            .into_iter()
            .find(|m| m.as_str() == wanted)
            .or(worded)
            .ok_or_else(|| {
                DomainError::new(Problem::UnknownMetric {
                    input: name.trim().to_string(),
                })
            })
    }
}

/// The words people write for a kind of figure, as the summary and the help name them.
/// Jobs with no word for created or planned are `jobs`, which a new figure may not be:
/// the refusal asks which.
const METRIC_WORDS: &[(Metric, &[&str])] = &[
    (Metric::Projects, &["проекты", "проектов", "число проектов"]),
    (
        Metric::Investment,
        &["инвестиции", "объём инвестиций", "объем инвестиций"],
    ),
    (
        Metric::JobsCreated,
        &[
            "созданные рабочие места",
            "создано рабочих мест",
            "создано мест",
            "созданные",
            "создано",
        ],
    ),
    (
        Metric::JobsPlanned,
        &[
            "планируемые рабочие места",
            "планируется рабочих мест",
            "мест в плане",
            "планируемые",
            "новые рабочие места",
        ],
    ),
    (
        Metric::Jobs,
        &[
            "jobs (kind not recorded)",
            "jobs (created or planned, not recorded)",
            "jobs (kind?)",
            "рабочие места",
            "рабочих мест",
            "рабочие",
            "рабочие места (вид не указан)",
            "рабочие места (созданы или в плане — не указано)",
            "места (вид?)",
        ],
    ),
    (
        Metric::TradeContracts,
        &["contracts", "торговые контракты", "контракты"],
    ),
    (
        Metric::TradeContractsValue,
        &[
            "trade contracts, value",
            "value of trade contracts",
            "contracts, $",
            "сумма торговых контрактов",
            "сумма контрактов",
            "контракты, $",
        ],
    ),
];

/// How the text gives a figure: exactly, or "over", "at least", "about", "up to" it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Qualifier {
    #[default]
    Exact,
    /// "more than", "over", "свыше", "более".
    Over,
    /// "at least", "no less than", "не менее", "не меньше": the figure itself counts,
    /// which "over" would misstate.
    AtLeast,
    /// "about", "around", "около", "порядка".
    About,
    /// "up to", "до".
    UpTo,
}

impl Qualifier {
    pub const ALL: [Qualifier; 5] = [
        Qualifier::Exact,
        Qualifier::Over,
        Qualifier::AtLeast,
        Qualifier::About,
        Qualifier::UpTo,
    ];

    /// The stored code, also what the CLI and the exchange formats take.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Over => "over",
            Qualifier::AtLeast => "at_least",
            Qualifier::About => "about",
            Qualifier::UpTo => "up_to",
        }
    }

    /// Reads a stored code (also with `-` or a space for `_`: `up to`) or the words a
    /// text and the help use for it, in English and Russian (`more than`, `более`, `около`).
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        let wanted = words.join("_").replace('-', "_");
        let found = Self::ALL
            .into_iter()
            .find(|q| q.as_str() == wanted)
            .or(match wanted.as_str() {
                "more_than" | "over" | "более" | "свыше" | "больше" => Some(Qualifier::Over),
                "no_less_than" | "не_менее" | "не_меньше" => Some(Qualifier::AtLeast),
                "around" | "approximately" | "около" | "порядка" | "примерно" => {
                    Some(Qualifier::About)
                }
                "до" => Some(Qualifier::UpTo),
                "exactly" | "точно" | "ровно" => Some(Qualifier::Exact),
                _ => None,
            });
        found.ok_or_else(|| {
            DomainError::new(Problem::UnknownQualifier {
                input: name.trim().to_string(),
            })
        })
    }
}

/// The words before a figure that say how the text gives it, longest first where one
/// begins another: "более 14 000", "не менее 500", "около $3 млрд", "up to 200".
const QUALIFIER_WORDS: &[(&str, Qualifier)] = &[
    ("не менее", Qualifier::AtLeast),
    ("не меньше", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("more than", Qualifier::Over),
    ("over", Qualifier::Over),
    ("более", Qualifier::Over),
    ("свыше", Qualifier::Over),
    ("больше", Qualifier::Over),
    ("около", Qualifier::About),
    ("порядка", Qualifier::About),
    ("примерно", Qualifier::About),
    ("приблизительно", Qualifier::About),
    ("approximately", Qualifier::About),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("~", Qualifier::About),
    ("up to", Qualifier::UpTo),
    ("до", Qualifier::UpTo),
];

/// "Less than" words, which no qualifier says ("до" is up to, the figure included).
const UNDER_WORDS: &[&str] = &["менее", "меньше", "less than", "under", "fewer than"];

impl Qualifier {
    /// A reported figure as a text gives it: the qualifier its words say, if any, and the
    /// number after them (`более 14 000` → over, `14 000`). "менее" (less than) is
    /// refused: no qualifier says it, and "до" (up to) would include the figure.
    pub fn split(typed: &str) -> Result<(Option<Qualifier>, &str), DomainError> {
        let trimmed = typed.trim_start();
        let lowered = trimmed.to_lowercase();
        let starts = |word: &str| {
            lowered.starts_with(word)
                && (word == "~"
                    || lowered[word.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_whitespace() || c == '$' || c.is_ascii_digit()))
        };
        if UNDER_WORDS.iter().any(|word| starts(word)) {
            return Err(DomainError::new(Problem::UnderQualifier {
                input: typed.trim().to_string(),
            }));
        }
        for (word, qualifier) in QUALIFIER_WORDS {
            // The lowered text has the same byte length as the typed words here: they are
            // Cyrillic or ASCII, whose lower case keeps the length.
            if starts(word) && trimmed.is_char_boundary(word.len()) {
                return Ok((Some(*qualifier), trimmed[word.len()..].trim_start()));
            }
        }
        Ok((None, typed))
    }
}

/// The scopes ortaq knows (the trend and the comparison read `portfolio`), by stored
/// code, with the Russian words a text or a user gives them in. The one table of them:
/// a scope typed in Russian is stored as its code, else it would never be compared.
pub const KNOWN_SCOPES: [(&str, &[&str]); 7] = [
    ("portfolio", &["портфель", "весь портфель"]),
    ("implemented", &["реализованные", "реализовано", "реализованы"]),
    ("promising", &["перспективные"]),
    ("in preparation", &["в проработке", "находятся в проработке"]),
    (
        "planned in kz",
        &[
            "планируется в казахстане",
            "планируются в казахстане",
            "планируемые в казахстане",
            "запланировано в казахстане",
            "запланированные в казахстане",
            "планируется в кз",
            "запланировано в кз",
            "запланированные в кз",
        ],
    ),
    (
        "implemented in kz",
        &[
            "реализованные в казахстане",
            "реализовано в казахстане",
            "реализованные в кз",
            "реализовано в кз",
        ],
    ),
    (
        "implemented in uz",
        &[
            "реализованные в узбекистане",
            "реализовано в узбекистане",
            "реализованные в уз",
            "реализовано в уз",
        ],
    ),
];

/// The stored form of a typed scope: a known scope's code when the text is that code or
/// one of its Russian words, whatever its case and spacing; any other scope as typed
/// (lowercased, as scopes are stored).
pub fn scope_code(typed: &str) -> String {
    let cleaned = text::clean_input(typed, false).to_lowercase();
    let wanted = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    KNOWN_SCOPES
        .iter()
        .find(|(code, words)| *code == wanted || words.contains(&wanted.as_str()))
        .map_or(cleaned, |(code, _)| (*code).to_string())
}
