//! Errors in words: every error a person sees is rendered here, in the language spoken,
//! from the typed error the domain, the store or a report returned. The `Display` of
//! [`DomainError`] and [`StoreError`] (for logs and `anyhow` chains) is the English
//! rendering, made here too, so each sentence is written once per language.

mod commission;
mod import;
mod operation;
mod store;

use std::fmt;

use super::{Arg, Lang, language, message_in, set_language};
use crate::domain::{
    DateAmbiguity, DateProblem, DomainError, EdtfDate, Field, NumberProblem, Point, Problem, SourcePart, Span, When,
};
use crate::exchange::decode::NotText;
use crate::exchange::{ImportProblem, Place};
use crate::store::StoreError;

pub use store::{change, change_cut, next_undo, reverted, your_change};

/// A refused value, in words, in the language spoken.
pub fn domain_error(error: &DomainError) -> String {
    domain_error_in(language(), error)
}

/// A store error, in words, in the language spoken.
pub fn store_error(error: &StoreError) -> String {
    store::render(language(), error)
}

/// A place in a file (`line 4`, `sheet 1, row 7`), in the language spoken; empty for
/// the whole file.
pub fn import_place(place: crate::exchange::Place) -> String {
    import::place(language(), place).unwrap_or_default()
}

/// An import problem (its place, then what is wrong), in the language spoken.
pub fn import_problem(problem: &ImportProblem) -> String {
    import::render(language(), problem)
}

/// A whole error chain (contexts, then the cause) in words, as `{error:#}` joins it:
/// the typed errors of the domain and the store in the language spoken, other links
/// as they say themselves.
pub fn chain(error: &anyhow::Error) -> String {
    error
        .chain()
        .map(|link| {
            if let Some(store) = link.downcast_ref::<StoreError>() {
                store_error(store)
            } else if let Some(domain) = link.downcast_ref::<DomainError>() {
                domain_error(domain)
            } else if let Some(io) = link.downcast_ref::<std::io::Error>() {
                // The system's reason, in Russian where it is a common one.
                store::io_reason(language(), io)
            } else {
                link.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(": ")
}

/// A refused value in `lang`: the field it was typed into, then the problem.
pub fn domain_error_in(lang: Lang, error: &DomainError) -> String {
    let problem = problem(lang, &error.problem, error.field);
    match (error.field, &error.problem) {
        (Some(field), problem_kind) if !matches!(problem_kind, Problem::GivenTwice) => message_in(
            lang,
            "err-in-field",
            &[("field", field_name(lang, field).into()), ("problem", problem.into())],
        ),
        _ => problem,
    }
}

/// A field as the language names it: the code in English (as typed in `set`), a word in
/// Russian.
pub fn field_name(lang: Lang, field: Field) -> String {
    // English refusals name the field as `set` takes it (`jobs_planned_source`).
    match lang {
        Lang::En => field.name().to_string(),
        Lang::Ru => super::labels::field_in(lang, field, super::labels::FieldForm::Word),
    }
}

/// A value typed by a person, quoted as the language quotes, with control characters
/// shown as escapes so that nothing typed can steer the terminal.
pub fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => format!("{text:?}"),
        Lang::Ru => {
            let escaped: String = text
                .chars()
                .map(|c| {
                    if c.is_control() {
                        c.escape_debug().to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            format!("«{escaped}»")
        }
    }
}

fn problem(lang: Lang, problem: &Problem, field: Option<Field>) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| message_in(lang, id, args);
    let input_of = |input: &str| [("input", Arg::from(quoted(lang, input)))];
    match problem {
        Problem::Money { input, problem } => number(lang, "money", input, *problem),
        Problem::Count { input, problem } => number(lang, "count", input, *problem),
        Problem::Date { input, problem } => date(lang, input, *problem),
        Problem::UnknownStatus { input } => say("err-unknown-status", &input_of(input)),
        Problem::AmbiguousStatus { input, choices } => {
            let named = in_language(lang, || {
                choices
                    .iter()
                    .map(|status| quoted(lang, &crate::i18n::status_label(*status)))
                    .collect::<Vec<_>>()
            });
            let [input] = input_of(input);
            say(
                "err-ambiguous-status",
                &[input, ("choices", Arg::from(named.join(" / ")))],
            )
        }
        Problem::UnknownCountry { input } => say("err-unknown-country", &input_of(input)),
        Problem::UnknownField { input } => {
            let fields: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
            let [input] = input_of(input);
            say("err-unknown-field", &[input, ("fields", fields.join(", ").into())])
        }
        Problem::UnknownMetric { input } => say("err-unknown-metric", &input_of(input)),
        Problem::UnknownQualifier { input } => say("err-unknown-qualifier", &input_of(input)),
        Problem::UnderQualifier { input } => say("err-under-qualifier", &input_of(input)),
        Problem::SourceOfUnknownFigure => say("err-source-of-unknown-figure", &[]),
        Problem::NotSourceId { input } => say("err-not-source-id", &input_of(input)),
        Problem::NameRequired => say("err-name-required", &[]),
        Problem::GivenTwice => {
            let field = field.map(|f| field_name(lang, f)).unwrap_or_default();
            say("err-given-twice", &[("field", field.into())])
        }
        Problem::TooLong { length, limit } => say("err-too-long", &too_long(*length, *limit)),
        Problem::NoteEmpty => say("err-note-empty", &[]),
        Problem::NoteTooLong { length, limit } => say("err-note-too-long", &too_long(*length, *limit)),
        Problem::SourceNeeds {
            part: SourcePart::Publisher,
        } => say("err-source-needs-publisher", &[]),
        Problem::SourceNeeds {
            part: SourcePart::Title,
        } => say("err-source-needs-title", &[]),
        Problem::ScopeRequired => say("err-scope-required", &[]),
        Problem::FigureNegative => say("err-figure-negative", &[]),
        Problem::Coordinate { input, limit } => say(
            "err-coordinate",
            &[
                ("input", quoted(lang, input).into()),
                ("limit", limit.to_string().into()),
            ],
        ),
        Problem::CompletedBeforeStarted { started, completed } => {
            let shown = |date: &EdtfDate| Arg::from(super::format::date_in(lang, date));
            say(
                "err-completed-before-started",
                &[("started", shown(started)), ("completed", shown(completed))],
            )
        }
    }
}

/// A length as typed (digits only, as English always showed it) and as a count that
/// chooses the plural form.
fn too_long(length: usize, limit: usize) -> [(&'static str, Arg); 3] {
    [
        ("length", length.to_string().into()),
        ("count", length.into()),
        ("limit", limit.to_string().into()),
    ]
}

/// A refused amount or count: `kind` is `money` or `count`.
fn number(lang: Lang, kind: &str, input: &str, problem: NumberProblem) -> String {
    let input = &unit_in(lang, input);
    let readings = Readings::of(lang, input);
    let input = quoted(lang, input);
    let (name, ceiling) = match problem {
        NumberProblem::Empty => ("empty", None),
        NumberProblem::Negative => ("negative", None),
        // The decimal reading may be no value the field can hold (`1,500` dollars is
        // $1.50): then only the grouped reading is offered.
        NumberProblem::Ambiguous if readings.decimal_holds(kind) => ("ambiguous", None),
        NumberProblem::Ambiguous => ("ambiguous-not-whole", None),
        NumberProblem::Approximate => ("approximate", None),
        NumberProblem::NotWhole => ("not-whole", None),
        NumberProblem::TooLarge { ceiling } => ("too-large", Some(ceiling)),
        NumberProblem::NotANumber => ("not-a-number", None),
    };
    let mut args = vec![("input", Arg::from(input))];
    if problem == NumberProblem::Ambiguous {
        args.push(("grouped", Arg::from(readings.grouped)));
        args.push(("decimal", Arg::from(readings.decimal)));
    }
    if let Some(ceiling) = ceiling {
        let shown = in_language(lang, || match kind {
            "money" => super::format::money_full(ceiling),
            _ => super::format::count(ceiling),
        });
        args.push(("ceiling", shown.into()));
    }
    message_in(lang, &format!("err-{kind}-{name}"), &args)
}

/// A number with the unit an import adds from its column's header (`1,500 million`
/// under «млн долл. США») as the language writes that unit: `1,500 млн`, which is read
/// back the same. Any other input as it is.
fn unit_in(lang: Lang, input: &str) -> String {
    const RUSSIAN: [(&str, &str); 3] = [(" thousand", " тыс."), (" million", " млн"), (" billion", " млрд")];
    if lang == Lang::Ru {
        for (english, russian) in RUSSIAN {
            if let Some(number) = input.strip_suffix(english) {
                return format!("{number}{russian}");
            }
        }
    }
    input.to_string()
}

/// The two readings of an ambiguous number, each written so that it reads one way only:
/// `1,500 млрд` as `1500 млрд` (the mark grouping thousands) and `1,5 млрд` (a decimal
/// mark, written as the language writes one); `2 000,000` as `2 000 000` and `2 000`.
struct Readings {
    grouped: String,
    decimal: String,
}

impl Readings {
    fn of(lang: Lang, input: &str) -> Self {
        let input = crate::domain::text::for_terminal(input.trim()).into_owned();
        let mark = input.char_indices().rev().find(|&(at, c)| {
            matches!(c, ',' | '.')
                && input[..at].ends_with(|d: char| d.is_ascii_digit())
                && input[at + 1..].chars().take_while(char::is_ascii_digit).count() == 3
        });
        let Some((at, _)) = mark else {
            return Readings {
                grouped: input.clone(),
                decimal: input,
            };
        };
        let (before, after) = (&input[..at], &input[at + 1..]);
        let (fraction, rest) = after.split_at(3);
        let spaced = before.contains(|c: char| c.is_whitespace());
        let grouped = format!("{before}{}{fraction}{rest}", if spaced { " " } else { "" });
        let fraction = fraction.trim_end_matches('0');
        let point = if lang == Lang::Ru { "," } else { "." };
        let decimal = if fraction.is_empty() {
            format!("{before}{rest}")
        } else {
            format!("{before}{point}{fraction}{rest}")
        };
        Readings { grouped, decimal }
    }

    /// Whether the decimal reading is a value the field can hold (whole dollars, a whole count).
    fn decimal_holds(&self, kind: &str) -> bool {
        match kind {
            "money" => crate::domain::Money::parse(&self.decimal).is_ok(),
            _ => crate::domain::parse_count(&self.decimal).is_ok(),
        }
    }
}

fn date(lang: Lang, input: &str, problem: DateProblem) -> String {
    // A date after today is refused once read: say it as the language writes dates.
    let shown = match problem {
        DateProblem::Future => input
            .parse::<EdtfDate>()
            .map_or_else(|_| input.to_string(), |date| super::format::date_in(lang, &date)),
        _ => input.to_string(),
    };
    let mut args = vec![("input", Arg::from(quoted(lang, &shown)))];
    let id = match problem {
        DateProblem::NotADate => "err-date-not-a-date",
        DateProblem::ImpossibleYear => "err-date-impossible-year",
        DateProblem::YearOutOfRange { min, max } => {
            // Years as written, never with digit groups.
            args.push(("min", min.to_string().into()));
            args.push(("max", max.to_string().into()));
            "err-date-year-range"
        }
        DateProblem::NoSuchMonth => "err-date-no-such-month",
        DateProblem::NoSuchDay => "err-date-no-such-day",
        DateProblem::NotStored => "err-date-not-stored",
        DateProblem::Unspecified => "err-date-unspecified",
        DateProblem::Time => "err-date-time",
        DateProblem::Set => "err-date-set",
        DateProblem::Grouping => "err-date-grouping",
        DateProblem::PartlyQualified => "err-date-partly-qualified",
        DateProblem::NotInSubset => "err-date-not-in-subset",
        DateProblem::EndBeforeStart => "err-date-end-before-start",
        DateProblem::NotCalendar => "err-date-not-calendar",
        DateProblem::Future => "err-date-future",
        DateProblem::Ambiguous { why, readings } => {
            let [first, second] = readings.map(|span| {
                EdtfDate::new(span).map_or_else(
                    |_| String::new(),
                    |date| quoted(lang, &super::format::date_in(lang, &date)),
                )
            });
            args.push(("first", first.into()));
            args.push(("second", second.into()));
            match why {
                DateAmbiguity::Winter => "err-date-ambiguous-winter",
                DateAmbiguity::DayOrMonth => "err-date-ambiguous-day-or-month",
                DateAmbiguity::ShortYear => "err-date-ambiguous-short-year",
                DateAmbiguity::UpToYear => "err-date-ambiguous-up-to-year",
                DateAmbiguity::UpToDay => "err-date-ambiguous-up-to-day",
                DateAmbiguity::YearsOrSeason => "err-date-ambiguous-years-or-season",
                DateAmbiguity::ByStartOrEnd => "err-date-ambiguous-by-start-or-end",
            }
        }
        DateProblem::NotCalendarOffer { offered } => {
            let offered =
                EdtfDate::new(offered).map_or_else(|_| String::new(), |date| super::format::date_in(lang, &date));
            args.push(("offered", offered.into()));
            "err-date-not-calendar-offer"
        }
        DateProblem::PartOfYear { year, month } => {
            let month = EdtfDate::new(Span::Single(Point::exact(When::Month { year, month })))
                .map_or_else(|_| String::new(), |date| super::format::date_in(lang, &date));
            args.push(("month", month.into()));
            args.push(("year", year.to_string().into()));
            "err-date-part-of-year"
        }
    };
    message_in(lang, id, &args)
}

/// Runs `work` speaking `lang` (for the formatters that read the thread's language),
/// then speaks the thread's language again.
pub(crate) fn in_language<T>(lang: Lang, work: impl FnOnce() -> T) -> T {
    let spoken = language();
    set_language(lang);
    let result = work();
    set_language(spoken);
    result
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&domain_error_in(Lang::En, self))
    }
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&import::render(Lang::En, self))
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&import::place(Lang::En, *self).unwrap_or_default())
    }
}

impl fmt::Display for NotText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&import::not_text(Lang::En, self))
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&store::render(Lang::En, self))
    }
}
