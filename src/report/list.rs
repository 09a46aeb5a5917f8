//! `ortaq list`: the projects a query shows, as an aligned table (or CSV / JSON).

use super::table::{self, Style};
use super::{Format, UNKNOWN};
use crate::exchange;
use unicode_width::UnicodeWidthStr;

use crate::domain::{Project, text};
use crate::i18n::{format, status_label};
use crate::store::{SortDirection, Source};
use crate::tr;

/// The list in the given format; CSV and JSON are the export formats. With `width`,
/// a text list is cut to fit it (see [`text_width`]); otherwise lines are whole.
pub fn render(projects: &[Project], sources: &[Source], format: Format, width: Option<u16>) -> String {
    match format {
        Format::Csv => exchange::to_csv(projects, sources),
        Format::Json => exchange::to_json(projects, sources),
        // A page (HTML, xlsx) is drawn from the list's document; asked here, text stands in.
        Format::Text | Format::Html | Format::Xlsx => render_table(projects, Style::Plain, width),
        Format::Markdown => render_table(projects, Style::Markdown, None),
    }
}

/// Orders projects by the name each is shown by (the Russian name on a Russian page,
/// where the store orders by the stored name), keeping the store's order among equal
/// names, so a list sorted by name reads in order in either language.
pub fn sort_by_shown_name(projects: &mut [Project], direction: SortDirection) {
    projects.sort_by(|a, b| {
        let order = shown_key(a).cmp(&shown_key(b));
        match direction {
            SortDirection::Ascending => order,
            SortDirection::Descending => order.reverse(),
        }
    });
}

fn shown_key(project: &Project) -> String {
    crate::i18n::project_name(project).to_lowercase()
}

/// The width a text list is cut to: the terminal's when standard output is one (a
/// line that wraps breaks every column), none in a pipe or a file, where lines stay
/// whole for the program or the person reading them.
pub fn text_width(is_terminal: bool, terminal_width: Option<u16>) -> Option<u16> {
    // Below this a list is unreadable however it is cut; let the terminal wrap.
    const NARROWEST: u16 = 40;
    terminal_width.filter(|width| is_terminal && *width >= NARROWEST)
}

/// Country and place as the screen shows them (`UZ · Ангрен, [Ташкентская область]` on
/// a Russian one; the list said the stored English place).
fn location(project: &Project) -> String {
    let region = project.region.as_deref().map(crate::i18n::place_label);
    match (project.country, region) {
        (Some(country), Some(region)) => format!("{} · {region}", country.code()),
        (Some(country), None) => country.code().to_string(),
        (None, Some(region)) => region,
        (None, None) => String::new(),
    }
}

fn render_table(projects: &[Project], style: Style, width: Option<u16>) -> String {
    let header = [
        tr!("cli-list-id"),
        tr!("cli-list-name"),
        tr!("cli-list-location"),
        tr!("cli-list-sector"),
        tr!("cli-list-status"),
        tr!("cli-list-investment"),
        tr!("cli-list-jobs"),
    ];
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let numeric = [true, false, false, false, false, true, true];
    let mut rows: Vec<Vec<String>> = projects
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                text::for_terminal(crate::i18n::project_name(p)).into_owned(),
                or_unknown(text::for_terminal(&location(p)).into_owned()),
                or_unknown(
                    text::for_terminal(&crate::i18n::sector_label(p.sector.as_deref().unwrap_or_default()))
                        .into_owned(),
                ),
                p.status.map(status_label).unwrap_or_else(|| UNKNOWN.into()),
                p.investment
                    .map(|m| format::money_compact(m.dollars()))
                    .unwrap_or_else(|| UNKNOWN.into()),
                jobs(p),
            ]
        })
        .collect();
    let whole = table::render(style, &header, &rows, &numeric, None);
    let Some(width) = width else { return whole };
    let widest = whole.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
    let over = widest.saturating_sub(usize::from(width));
    if over == 0 {
        return whole;
    }
    // Name, location and sector give up the room; ids, statuses and figures never do.
    cut_columns(&mut rows, &header, &[1, 2, 3], over);
    table::render(style, &header, &rows, &numeric, None)
}

/// Narrows the `columns` by `over` cells in all, always the widest first (never below
/// its header), and cuts their cells to the new widths with `…`.
fn cut_columns(rows: &mut [Vec<String>], header: &[&str], columns: &[usize], over: usize) {
    let width_of = |column: usize| {
        rows.iter()
            .filter_map(|row| row.get(column))
            .map(|cell| cell.width())
            .max()
            .unwrap_or(0)
    };
    let mut widths: Vec<usize> = columns.iter().map(|c| width_of(*c)).collect();
    let floors: Vec<usize> = columns
        .iter()
        .map(|c| header.get(*c).map_or(1, |h| h.width()))
        .collect();
    for _ in 0..over {
        let widest = (0..widths.len())
            .filter(|i| widths[*i] > floors[*i])
            .max_by_key(|i| widths[*i]);
        match widest {
            Some(i) => widths[i] -= 1,
            None => break,
        }
    }
    for row in rows.iter_mut() {
        for (column, width) in columns.iter().zip(&widths) {
            if let Some(cell) = row.get_mut(*column) {
                *cell = text::truncate_to_width(cell, *width);
            }
        }
    }
}

/// Jobs as `created / planned`, each `—` where unknown.
pub fn jobs(project: &Project) -> String {
    let show = |n: Option<i64>| n.map(format::count).unwrap_or_else(|| UNKNOWN.into());
    match (project.jobs_created, project.jobs_planned) {
        (None, None) => UNKNOWN.into(),
        (created, planned) => format!("{} / {}", show(created), show(planned)),
    }
}

fn or_unknown(text: String) -> String {
    if text.is_empty() { UNKNOWN.into() } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Money;

    fn long_projects() -> Vec<Project> {
        (1..=3)
            .map(|id| {
                let mut project = Project::blank();
                project.id = id;
                project.name = format!("International Center for Industrial Cooperation Central Asia {id}");
                project.region = Some("Border area, Turkistan region and Tashkent region".into());
                project.sector = Some("industrial cooperation and logistics".into());
                project.investment = Some(Money::from_dollars(3_400_000_000).unwrap());
                project.jobs_planned = Some(14_600);
                project
            })
            .collect()
    }

    #[test]
    fn a_list_for_a_terminal_fits_its_width_and_a_piped_one_stays_whole() {
        let projects = long_projects();
        let cut = render(&projects, &[], Format::Text, Some(80));
        assert!(cut.lines().all(|line| line.width() <= 80), "{cut}");
        assert_eq!(cut.lines().count(), 4, "one line a project: {cut}");
        assert!(cut.contains('…'), "long names are cut with an ellipsis: {cut}");
        assert!(
            cut.contains("$3.4B") && cut.contains("— / 14,600"),
            "figures are never cut: {cut}"
        );
        let whole = render(&projects, &[], Format::Text, None);
        assert!(whole.contains("Central Asia 1"), "{whole}");
        assert!(whole.lines().any(|line| line.width() > 80));
    }

    #[test]
    fn a_list_by_name_is_in_the_order_of_the_names_shown() {
        let named = |id: i64, name: &str, name_ru: Option<&str>| {
            let mut project = Project::blank();
            project.id = id;
            project.name = name.into();
            project.name_ru = name_ru.map(String::from);
            project
        };
        let mut projects = vec![
            named(1, "Angren", Some("Ангрен")),
            named(2, "Beineu", None),
            named(3, "Central Asia", Some("Азия")),
        ];
        crate::i18n::set_language(crate::i18n::Lang::Ru);
        sort_by_shown_name(&mut projects, SortDirection::Ascending);
        let ids: Vec<i64> = projects.iter().map(|p| p.id).collect();
        // Latin sorts before Cyrillic; «Азия» before «Ангрен».
        assert_eq!(ids, [2, 3, 1]);
        sort_by_shown_name(&mut projects, SortDirection::Descending);
        assert_eq!(projects.iter().map(|p| p.id).collect::<Vec<_>>(), [1, 3, 2]);
        crate::i18n::set_language(crate::i18n::Lang::En);
        sort_by_shown_name(&mut projects, SortDirection::Ascending);
        assert_eq!(projects.iter().map(|p| p.id).collect::<Vec<_>>(), [1, 2, 3]);
    }

    #[test]
    fn only_a_terminal_gives_a_width() {
        assert_eq!(text_width(true, Some(80)), Some(80));
        assert_eq!(text_width(false, Some(80)), None, "a pipe keeps lines whole");
        assert_eq!(text_width(true, None), None, "a terminal of unknown size too");
        assert_eq!(text_width(true, Some(20)), None, "too narrow to cut sensibly");
    }
}
