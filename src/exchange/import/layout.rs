//! Where a ministry's table is on its sheet: the header row below titles and blank rows,
//! a second header row under merged group headers («Рабочие места» over «план» and
//! «создано»), the columns those headers name, and the totals rows that are no project.

use super::headers::{self, Heading, Unit};
use super::{ImportProblem, Issue, Place, csv::Column};
use crate::domain::Field;

/// How far down a sheet the header row is looked for.
pub(super) const HEADER_SEARCH: usize = 30;

/// The header found: how many rows precede the data (titles, the header rows) and
/// the column headers, a group's header joined to each of its columns' own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct HeaderRows {
    /// The index of the (first) header row among the rows given.
    pub first: usize,
    /// How many rows the header takes: 1, or 2 for a two-level header.
    pub depth: usize,
    pub headers: Vec<String>,
}

/// Finds the header: the first row, among the first few, in which a column names the
/// project's name; the row under it too when it holds the sub-headers of merged groups.
/// Without such a row the first row is the header, so its unknown columns are named.
pub(super) fn find_header(rows: &[Vec<String>]) -> HeaderRows {
    let Some(first) = rows.iter().take(HEADER_SEARCH).position(|row| names_a_project(row)) else {
        // The row naming most fields, so that a misspelt name column is named as such
        // rather than the title above it.
        let first = rows
            .iter()
            .take(HEADER_SEARCH)
            .enumerate()
            .max_by_key(|(index, row)| (fields_named(row), std::cmp::Reverse(*index)))
            .map_or(0, |(index, _)| index);
        return HeaderRows {
            first,
            depth: 1,
            headers: rows.get(first).cloned().unwrap_or_default(),
        };
    };
    let header = &rows[first];
    if let Some(below) = rows.get(first + 1)
        && let Some(joined) = two_level(header, below)
    {
        return HeaderRows {
            first,
            depth: 2,
            headers: joined,
        };
    }
    HeaderRows {
        first,
        depth: 1,
        headers: header.clone(),
    }
}

/// Whether a row has a column naming the project's name: a header row.
pub(super) fn names_a_project(row: &[String]) -> bool {
    row.iter()
        .any(|cell| headers::recognise(cell) == Heading::Field(Field::Name, None))
}

fn fields_named(row: &[String]) -> usize {
    row.iter()
        .filter(|cell| matches!(headers::recognise(cell), Heading::Field(..) | Heading::Unknown(Some(_))))
        .count()
}

/// The headers of a two-level header: each sub-header joined to the group header above
/// it or, under a merged group, left of it. `None` when the row below holds data or a
/// sub-header that would name nothing.
fn two_level(top: &[String], below: &[String]) -> Option<Vec<String>> {
    let filled: Vec<(usize, &String)> = below
        .iter()
        .enumerate()
        .filter(|(_, cell)| !cell.trim().is_empty())
        .collect();
    if filled.is_empty() || filled.iter().any(|(_, cell)| looks_like_data(cell)) {
        return None;
    }
    let width = top.len().max(below.len());
    let mut group = String::new();
    let mut joined = Vec::with_capacity(width);
    for column in 0..width {
        let upper = top.get(column).map_or("", |c| c.trim());
        let lower = below.get(column).map_or("", |c| c.trim());
        if !upper.is_empty() {
            group = upper.to_string();
        }
        joined.push(match (upper.is_empty(), lower.is_empty()) {
            (_, true) => upper.to_string(),
            (false, false) => format!("{upper} {lower}"),
            (true, false) => format!("{group} {lower}"),
        });
    }
    let all_named = filled
        .iter()
        .all(|(column, _)| matches!(headers::recognise(&joined[*column]), Heading::Field(..)));
    all_named.then_some(joined)
}

/// A number or a date: the first row of data, not a sub-header.
fn looks_like_data(cell: &str) -> bool {
    cell.trim()
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '-' | '\u{a0}'))
}

/// A totals row: a cell saying so («Итого», «Всего:», «Итого по Казахстану», `Total`)
/// in the name column or one that is no field (`№`, unnamed), where ministries put it;
/// a description that begins «Итого по проекту» is no totals row.
pub(super) fn totals_label<'a>(cells: &'a [String], columns: &Columns) -> Option<&'a str> {
    const TOTALS: [&str; 6] = ["итого", "всего", "total", "totals", "subtotal", "grand total"];
    let labels = |index: usize| {
        !matches!(
            columns.kinds.get(index),
            Some(Column::Field(field)) if *field != Field::Name
        )
    };
    cells
        .iter()
        .enumerate()
        .filter(|(index, _)| labels(*index))
        .map(|(_, cell)| cell.trim())
        .find(|cell| {
            let folded = headers::fold(cell);
            TOTALS.iter().any(|word| {
                folded == *word
                    || folded
                        .strip_prefix(word)
                        .is_some_and(|rest| rest.starts_with(" по ") || rest.starts_with(" for "))
            })
        })
}

/// The columns a header row names, with the unit of each (from its header, else from
/// `--unit` for money), and the note columns kept out. Every unknown header is named at
/// once, with the field nearest it.
pub(super) struct Columns {
    pub kinds: Vec<Column>,
    pub units: Vec<Option<Unit>>,
}

impl Columns {
    /// `--unit` as the scale of the money columns whose header gives none.
    pub(super) fn with_unit(mut self, unit: Option<Unit>) -> Self {
        for (kind, own) in self.kinds.iter().zip(self.units.iter_mut()) {
            if *kind == Column::Field(Field::Investment) && own.is_none() {
                *own = unit;
            }
        }
        self
    }
}

/// The note columns kept out, each said at its header (`at`: the place of a column).
pub(super) fn note_columns(columns: &Columns, headers: &[String], at: impl Fn(usize) -> Place) -> Vec<ImportProblem> {
    columns
        .kinds
        .iter()
        .enumerate()
        .filter(|(_, kind)| **kind == Column::Note)
        .map(|(index, _)| ImportProblem {
            place: at(index),
            issue: Issue::NoteColumnLeftOut {
                column: index + 1,
                name: headers.get(index).map_or("", |h| h.trim()).to_string(),
            },
        })
        .collect()
}

/// The refusal of a money column suspected of holding millions.
pub(super) fn millions(column: usize, headers: &[String], largest: String) -> Issue {
    Issue::MillionsSuspected {
        column: column + 1,
        name: headers.get(column).map_or("", |h| h.trim()).to_string(),
        largest,
    }
}

#[cfg(test)]
pub(super) fn columns(headers: &[String]) -> Result<Columns, Vec<(usize, Issue)>> {
    columns_for(headers, false)
}

/// The columns, as [`columns`]; for corrections (`update`) an `id` column names the
/// rows' projects as well as a name column does.
pub(super) fn columns_for(headers: &[String], update: bool) -> Result<Columns, Vec<(usize, Issue)>> {
    let mut kinds = Vec::with_capacity(headers.len());
    let mut units = Vec::with_capacity(headers.len());
    let mut problems = Vec::new();
    for (index, header) in headers.iter().enumerate() {
        let bookkeeping = match headers::fold(header).as_str() {
            "id" => Some(Column::Id),
            "updated_at" => Some(Column::UpdatedAt),
            _ => None,
        };
        if let Some(kind) = bookkeeping {
            if kinds.contains(&kind) {
                problems.push((
                    index,
                    Issue::UnknownColumn {
                        column: index + 1,
                        name: header.trim().to_string(),
                        closest: None,
                    },
                ));
            }
            kinds.push(kind);
            units.push(None);
            continue;
        }
        let (kind, unit) = match headers::recognise(header) {
            Heading::Field(_, Some(Unit::Percent)) | Heading::Unknown(_) => {
                let closest = match headers::recognise(header) {
                    Heading::Unknown(closest) => closest,
                    Heading::Field(field, _) => Some(field),
                    _ => None,
                };
                problems.push((
                    index,
                    Issue::UnknownColumn {
                        column: index + 1,
                        name: header.trim().to_string(),
                        closest,
                    },
                ));
                (Column::Ignored, None)
            }
            Heading::Field(field, unit) => {
                if kinds.contains(&Column::Field(field)) {
                    problems.push((index, Issue::ColumnTwice(field)));
                }
                (Column::Field(field), unit)
            }
            Heading::Ignored => (Column::Ignored, None),
            Heading::Note => (Column::Note, None),
            Heading::Period => {
                problems.push((
                    index,
                    Issue::PeriodColumn {
                        column: index + 1,
                        name: header.trim().to_string(),
                    },
                ));
                (Column::Ignored, None)
            }
            Heading::Empty => (Column::Unnamed, None),
        };
        kinds.push(kind);
        units.push(unit);
    }
    let named = kinds.contains(&Column::Field(Field::Name)) || (update && kinds.contains(&Column::Id));
    if problems.is_empty() && !named {
        problems.push((0, Issue::NoNameColumn));
    }
    if problems.is_empty() {
        Ok(Columns { kinds, units })
    } else {
        Err(problems)
    }
}

/// A plain number (no unit of its own): what a header's or `--unit`'s scale applies to.
pub(super) fn is_plain_number(cell: &str) -> bool {
    let cell = cell.trim();
    cell.starts_with(|c: char| c.is_ascii_digit())
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}'))
}

/// The cell as the field reads it: a plain number under a scaled header gets its scale.
pub(super) fn scaled(cell: &str, unit: Option<Unit>) -> std::borrow::Cow<'_, str> {
    match unit.and_then(Unit::suffix) {
        Some(word) if is_plain_number(cell) => format!("{} {word}", cell.trim()).into(),
        _ => cell.into(),
    }
}

/// The money columns with no unit whose plain numbers are all below 100,000: dollars
/// that small are a whole project's investment only by mistake; millions are likelier.
/// Returns each such column and its largest value as written.
pub(super) fn millions_suspected<'a>(
    columns: &Columns,
    rows: impl Iterator<Item = &'a [String]> + Clone,
) -> Vec<(usize, String)> {
    const PLAUSIBLE_DOLLARS: f64 = 100_000.0;
    let mut suspected = Vec::new();
    for (index, kind) in columns.kinds.iter().enumerate() {
        if *kind != Column::Field(Field::Investment) || columns.units[index].is_some() {
            continue;
        }
        let numbers: Vec<(&str, f64)> = rows
            .clone()
            .filter_map(|row| row.get(index))
            .filter(|cell| is_plain_number(cell))
            .filter_map(|cell| plain_value(cell).map(|value| (cell.as_str(), value)))
            .collect();
        if !numbers.is_empty() && numbers.iter().all(|(_, value)| *value < PLAUSIBLE_DOLLARS) {
            let largest = numbers
                .iter()
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map_or(String::new(), |(cell, _)| cell.trim().to_string());
            suspected.push((index, largest));
        }
    }
    suspected
}

/// A plain number's value, roughly (for the plausibility check only): spaces are
/// thousands separators, a comma a decimal one where no point is.
fn plain_value(cell: &str) -> Option<f64> {
    let digits: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = if digits.contains('.') {
        digits.replace(',', "")
    } else {
        digits.replace(',', ".")
    };
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_string()).collect()
    }

    #[test]
    fn the_header_is_found_below_titles_and_blank_rows() {
        let rows = [
            row(&["Перечень проектов"]),
            row(&["по состоянию на 1 июля 2024 г."]),
            row(&[]),
            row(&["№ п/п", "Наименование проекта", "Статус"]),
            row(&["1", "Завод", "Реализуется"]),
        ];
        let found = find_header(&rows);
        assert_eq!((found.first, found.depth), (3, 1));
        assert_eq!(found.headers[1], "Наименование проекта");
    }

    #[test]
    fn without_a_name_column_the_row_naming_most_fields_is_the_header() {
        let rows = [
            row(&["Перечень проектов"]),
            row(&["Наименвание проекта", "Статус", "Отрасль"]),
            row(&["Завод", "Реализуется", "Химия"]),
        ];
        assert_eq!(find_header(&rows).first, 1);
    }

    #[test]
    fn a_two_level_header_joins_groups_to_their_columns() {
        let rows = [
            row(&["Наименование проекта", "Рабочие места", ""]),
            row(&["", "план", "создано"]),
            row(&["Завод", "300", "120"]),
        ];
        let found = find_header(&rows);
        assert_eq!(found.depth, 2);
        assert_eq!(
            found.headers,
            ["Наименование проекта", "Рабочие места план", "Рабочие места создано"]
        );
        let columns = columns(&found.headers).ok().unwrap();
        assert_eq!(
            columns.kinds,
            [
                Column::Field(Field::Name),
                Column::Field(Field::JobsPlanned),
                Column::Field(Field::JobsCreated)
            ]
        );
        // A first row of data under a one-level header is not taken for sub-headers.
        let one = find_header(&[row(&["name", "jobs_planned"]), row(&["Завод", "300"])]);
        assert_eq!(one.depth, 1);
    }

    #[test]
    fn every_unknown_header_is_named_at_once() {
        let problems = columns(&row(&["Наименование проекта", "Ответственный", "Статуc", "Примечание"]))
            .err()
            .unwrap();
        let named: Vec<usize> = problems.iter().map(|(column, _)| *column).collect();
        assert_eq!(named, [1, 2]);
        assert!(matches!(
            &problems[1].1,
            Issue::UnknownColumn {
                closest: Some(Field::Status),
                ..
            }
        ));
    }

    #[test]
    fn totals_rows_are_told_from_projects() {
        let columns = columns(&row(&["№", "name", "description", "investment"])).ok().unwrap();
        let label = |cells: &[&str]| totals_label(&row(cells), &columns).map(str::to_string);
        assert_eq!(label(&["", "Итого", "", "3629.5"]).as_deref(), Some("Итого"));
        assert_eq!(label(&["Всего:"]).as_deref(), Some("Всего:"));
        assert_eq!(
            label(&["", "Итого по Казахстану"]).as_deref(),
            Some("Итого по Казахстану")
        );
        assert_eq!(label(&["", "TOTAL"]).as_deref(), Some("TOTAL"));
        assert_eq!(label(&["1", "Total Energies plant"]), None);
        assert_eq!(label(&["2", "Завод «Итого»"]), None);
        assert_eq!(
            label(&["3", "Завод", "Итого по проекту: два цеха"]),
            None,
            "a description"
        );
    }

    #[test]
    fn small_dollar_figures_without_a_unit_are_suspected_of_being_millions() {
        let columns = columns(&row(&["name", "investment"])).ok().unwrap();
        let small = [row(&["a", "12.5"]), row(&["b", "217"]), row(&["c", "3 400"])];
        assert_eq!(
            millions_suspected(&columns, small.iter().map(Vec::as_slice)),
            [(1, "3 400".to_string())]
        );
        let dollars = [row(&["a", "12500000"]), row(&["b", "217"])];
        assert!(millions_suspected(&columns, dollars.iter().map(Vec::as_slice)).is_empty());
        let worded = [row(&["a", "12,5 млн"])];
        assert!(millions_suspected(&columns, worded.iter().map(Vec::as_slice)).is_empty());
        assert_eq!(scaled("12,5", Some(Unit::Millions)), "12,5 million");
        assert_eq!(scaled("12,5 млн", Some(Unit::Millions)), "12,5 млн");
    }
}
