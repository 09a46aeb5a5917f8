//! Column headers as ministries write them, in Russian and English: the one table of
//! their synonyms, the units a header carries (`Объём инвестиций, млн долл. США`), the
//! columns read past (`№ п/п`, ortaq's own bookkeeping) and the note columns kept out.

use crate::domain::Field;
use crate::exchange::BOOKKEEPING;

/// The scale a header (or `--unit`) gives the numbers of its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Ones,
    Thousands,
    Millions,
    Billions,
    /// `%`: no project field is a share, so such a column is refused.
    Percent,
}

impl Unit {
    /// The word `Money::parse` and `parse_count` read after a plain number.
    pub(super) fn suffix(self) -> Option<&'static str> {
        match self {
            Unit::Ones | Unit::Percent => None,
            Unit::Thousands => Some("thousand"),
            Unit::Millions => Some("million"),
            Unit::Billions => Some("billion"),
        }
    }
}

/// What a header names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heading {
    /// A field, and the unit its header gives (`None`: no unit written).
    Field(Field, Option<Unit>),
    /// Read past without a word: `№ п/п`, `id`, timestamps.
    Ignored,
    /// A note column (`Примечание`): kept out, and said.
    Note,
    /// No header over the column: it must stay empty.
    Empty,
    /// Nothing ortaq knows, with the closest field where one is near.
    Unknown(Option<Field>),
    /// A period (`Срок реализации`, `2024–2026`): the start, the completion or both, so
    /// never read as either; refused, naming the two.
    Period,
}

/// The one table: each field and the headers that name it, folded (lower case, `ё` as
/// `е`, punctuation as spaces, units left out).
const SYNONYMS: &[(Field, &[&str])] = &[
    (
        Field::Name,
        &[
            "наименование",
            "наименование проекта",
            "наименование инвестиционного проекта",
            "название",
            "название проекта",
            "проект",
            "project",
            "project name",
            "project title",
        ],
    ),
    (
        Field::NameRu,
        &[
            "наименование на русском языке",
            "название на русском",
            "name in russian",
            "russian name",
            // ortaq's own list workbooks: «Name (Russian)», «Название (рус.)».
            "name russian",
            "название рус",
        ],
    ),
    (
        Field::Country,
        &[
            "страна",
            "страна реализации",
            "государство",
            "country",
            "country of implementation",
        ],
    ),
    (
        Field::Region,
        &[
            "регион",
            "регион реализации",
            "область",
            "место реализации",
            "местоположение",
            "расположение",
            "region",
            "location",
        ],
    ),
    (
        Field::Sector,
        &[
            "отрасль",
            "сектор",
            "отрасль экономики",
            "вид деятельности",
            "sector",
            "industry",
        ],
    ),
    (
        Field::Status,
        &[
            "статус",
            "статус проекта",
            "стадия",
            "стадия реализации",
            "состояние",
            "status",
            "project status",
            "stage",
        ],
    ),
    (
        Field::Investment,
        &[
            "инвестиции",
            "объем инвестиций",
            "сумма инвестиций",
            "объем финансирования",
            "стоимость",
            "стоимость проекта",
            "общая стоимость",
            "общая стоимость проекта",
            "investment",
            "investments",
            "investment amount",
            "project cost",
            "cost",
        ],
    ),
    (
        Field::JobsPlanned,
        &[
            "рабочие места",
            "рабочие места план",
            "количество рабочих мест",
            "планируемые рабочие места",
            "новые рабочие места",
            "jobs",
            "jobs planned",
            "planned jobs",
            "рабочих мест по плану",
        ],
    ),
    (
        Field::JobsCreated,
        &[
            "рабочие места создано",
            "рабочие места факт",
            "создано рабочих мест",
            "созданные рабочие места",
            "jobs created",
            "created jobs",
            "jobs actual",
            "рабочих мест создано",
        ],
    ),
    (
        Field::Partners,
        &[
            "партнеры",
            "участники",
            "участники проекта",
            "инициатор",
            "инициатор проекта",
            "инициаторы",
            "инвестор",
            "инвесторы",
            "partners",
            "investor",
            "investors",
            "participants",
        ],
    ),
    (
        Field::Started,
        &[
            "начало",
            "начало реализации",
            "дата начала",
            "год начала",
            "start",
            "start date",
        ],
    ),
    (
        Field::Completed,
        &[
            "завершение",
            "дата завершения",
            "год завершения",
            "срок завершения",
            "ввод в эксплуатацию",
            "completion",
            "completion date",
            "end date",
        ],
    ),
    (
        Field::Description,
        &[
            "описание",
            "описание проекта",
            "краткое описание",
            "description",
            "project description",
        ],
    ),
    (Field::Source, &["источник", "источник информации", "source"]),
];

/// Headers of a period of implementation: they may mean the start, the completion or
/// both (`2024–2026`), so they are refused rather than read as one of the two.
const PERIODS: &[&str] = &[
    "срок реализации",
    "сроки реализации",
    "срок реализации проекта",
    "сроки реализации проекта",
    "период реализации",
    "срок",
    "сроки",
    "implementation period",
    "period",
    "timeline",
    "timeframe",
];

/// Columns that only count the rows.
const ROW_NUMBERS: &[&str] = &["№", "№ п п", "n", "no", "nr", "#", "п п", "n п п"];

/// Columns of remarks: kept out of the projects, and named in the message.
const NOTES: &[&str] = &[
    "примечание",
    "примечания",
    "комментарий",
    "комментарии",
    "дополнительная информация",
    "note",
    "notes",
    "comment",
    "comments",
    "remarks",
];

/// Words of a unit in a header: a scale, the currency, or a percent.
const SCALES: &[(&str, Unit)] = &[
    ("тыс", Unit::Thousands),
    ("тысяч", Unit::Thousands),
    ("thousand", Unit::Thousands),
    ("thousands", Unit::Thousands),
    ("k", Unit::Thousands),
    ("млн", Unit::Millions),
    ("миллионов", Unit::Millions),
    ("million", Unit::Millions),
    ("millions", Unit::Millions),
    ("mln", Unit::Millions),
    ("mn", Unit::Millions),
    ("млрд", Unit::Billions),
    ("миллиардов", Unit::Billions),
    ("billion", Unit::Billions),
    ("billions", Unit::Billions),
    ("bn", Unit::Billions),
    ("%", Unit::Percent),
];
const CURRENCY: &[&str] = &[
    "долл",
    "долларов",
    "доллары",
    "сша",
    "usd",
    "us",
    "$",
    "dollars",
    "в",
    "in",
];

/// A header folded for comparing: lower case, `ё` as `е`, brackets and punctuation as
/// spaces (`%`, `$` and `№` kept), one space between words.
pub(super) fn fold(header: &str) -> String {
    let lowered = header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace('ё', "е");
    let spaced: String = lowered
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '%' | '$' | '№' | '#' | '_') {
                c
            } else {
                ' '
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a header names.
pub fn recognise(header: &str) -> Heading {
    let folded = fold(header);
    if folded.is_empty() {
        return if header.trim().is_empty() {
            Heading::Empty
        } else {
            Heading::Unknown(None)
        };
    }
    if ROW_NUMBERS.contains(&folded.as_str()) || BOOKKEEPING.contains(&folded.as_str()) {
        return Heading::Ignored;
    }
    if NOTES.contains(&folded.as_str()) {
        return Heading::Note;
    }
    if PERIODS.contains(&folded.as_str()) || PERIODS.contains(&without_units(&folded).0.as_str()) {
        return Heading::Period;
    }
    if let Ok(field) = Field::parse(header) {
        return Heading::Field(field, None);
    }
    if let Some(field) = synonym(&folded) {
        return Heading::Field(field, None);
    }
    let (words, unit) = without_units(&folded);
    match synonym(&words) {
        Some(field) if unit.is_some() => Heading::Field(field, unit),
        _ => Heading::Unknown(closest(&folded)),
    }
}

fn synonym(folded: &str) -> Option<Field> {
    SYNONYMS
        .iter()
        .find(|(_, names)| names.contains(&folded))
        .map(|(field, _)| *field)
}

/// The header's words without its unit words, and the scale they give (the currency
/// alone gives ones: `долл. США`).
fn without_units(folded: &str) -> (String, Option<Unit>) {
    let mut unit = None;
    let mut words = Vec::new();
    for word in folded.split(' ') {
        if let Some((_, scale)) = SCALES.iter().find(|(w, _)| *w == word) {
            unit = Some(*scale);
        } else if CURRENCY.contains(&word) {
            unit = unit.or(Some(Unit::Ones));
        } else {
            words.push(word);
        }
    }
    (words.join(" "), unit)
}

/// The field whose synonym is nearest the header, when it is near enough to be meant:
/// at most a third of its letters edited.
fn closest(folded: &str) -> Option<Field> {
    let (words, _) = without_units(folded);
    let names = SYNONYMS
        .iter()
        .flat_map(|(field, names)| names.iter().map(move |name| (*field, *name)))
        .chain(crate::domain::Field::ALL.iter().map(|field| (*field, field.name())));
    names
        .map(|(field, name)| (edits(&words, name), field, name))
        .filter(|(distance, _, name)| *distance * 3 <= name.chars().count().max(words.chars().count()))
        .min_by_key(|(distance, _, _)| *distance)
        .map(|(_, field, _)| field)
}

/// The Levenshtein distance, by characters.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ministry_headers_name_fields_with_their_units() {
        for (header, expected) in [
            ("Наименование проекта", Heading::Field(Field::Name, None)),
            (
                "Объём инвестиций, млн долл. США",
                Heading::Field(Field::Investment, Some(Unit::Millions)),
            ),
            (
                "Инвестиции (тыс. долл.)",
                Heading::Field(Field::Investment, Some(Unit::Thousands)),
            ),
            (
                "Investment, USD bn",
                Heading::Field(Field::Investment, Some(Unit::Billions)),
            ),
            (
                "Стоимость, долл. США",
                Heading::Field(Field::Investment, Some(Unit::Ones)),
            ),
            ("Рабочие места (план)", Heading::Field(Field::JobsPlanned, None)),
            ("Рабочие места создано", Heading::Field(Field::JobsCreated, None)),
            ("Страна реализации", Heading::Field(Field::Country, None)),
            ("ОТРАСЛЬ", Heading::Field(Field::Sector, None)),
            ("Статус", Heading::Field(Field::Status, None)),
            ("jobs_planned", Heading::Field(Field::JobsPlanned, None)),
            ("№ п/п", Heading::Ignored),
            ("№", Heading::Ignored),
            ("updated_at", Heading::Ignored),
            ("Примечание", Heading::Note),
            ("", Heading::Empty),
        ] {
            assert_eq!(recognise(header), expected, "{header}");
        }
    }

    #[test]
    fn the_headers_of_ortaqs_own_list_workbooks_are_read_in_both_languages() {
        for (header, expected) in [
            ("Name (Russian)", Heading::Field(Field::NameRu, None)),
            ("Название (рус.)", Heading::Field(Field::NameRu, None)),
            ("Рабочих мест по плану", Heading::Field(Field::JobsPlanned, None)),
            ("Рабочих мест создано", Heading::Field(Field::JobsCreated, None)),
            (
                "Инвестиции (долл. США)",
                Heading::Field(Field::Investment, Some(Unit::Ones)),
            ),
            ("Investment (USD)", Heading::Field(Field::Investment, Some(Unit::Ones))),
        ] {
            assert_eq!(recognise(header), expected, "{header}");
        }
    }

    #[test]
    fn unknown_headers_come_with_the_nearest_field() {
        assert_eq!(recognise("Наименвание проекта"), Heading::Unknown(Some(Field::Name)));
        assert_eq!(recognise("Статуc проекта"), Heading::Unknown(Some(Field::Status)));
        assert_eq!(recognise("Ответственный орган"), Heading::Unknown(None));
        // Not «страна реализации» three letters away: a period, start or completion.
        assert_eq!(recognise("Срок реализации"), Heading::Period);
        assert_eq!(recognise("Сроки реализации:"), Heading::Period);
        assert_eq!(recognise("Доля, %"), Heading::Unknown(None));
    }
}
