//! Native Excel charts under a summary's tables (issue 25), drawn from the sheet's own
//! cells so that an edit in Excel redraws them: the groups' projects and investment as
//! columns, and the reported trend as one line per kind (the kinds do not share a scale:
//! 74 projects and $3.4 billion on one axis would flatten the first).

use rust_xlsxwriter::{Chart, ChartLegendPosition, Worksheet, XlsxError};

use super::document::{Cell, Section};

/// Rows and columns a chart takes on the sheet (Excel's default size: 480 x 288 px).
const CHART_ROWS: u32 = 16;

/// Adds the section's charts to its sheet, right of its table; other sections have none.
pub fn add(sheet: &mut Worksheet, name: &str, section: &Section) -> Result<(), XlsxError> {
    let rows = u32::try_from(section.rows.len()).unwrap_or(u32::MAX);
    if rows == 0 {
        return Ok(());
    }
    // Under the table, one above another: a chart beside it would widen the printed
    // page and shrink the table's text to fit it.
    let below = rows + u32::from(section.totals.is_some()) + 3;
    let first_day = section.columns.iter().position(|c| c.key == "first_day");
    let (category, charted): (u16, Vec<u16>) = match (section.key, first_day) {
        // The group's name, then its projects and its investment, where any is known.
        ("groups", _) => (0, numeric_columns(section, 1).into_iter().take(2).collect()),
        // Each report's first day, then each kind reported at least twice (one report
        // is a point, not a line).
        ("trend", Some(day)) => (u16::try_from(day).unwrap_or(0), numeric_columns(section, 2)),
        _ => return Ok(()),
    };
    for (place, column) in charted.into_iter().enumerate() {
        let mut chart = if section.key == "groups" {
            Chart::new_column()
        } else {
            // A date axis: reports months apart stand months apart (categories
            // would stand evenly); months named as the reader's Excel names them.
            let mut line = Chart::new_line();
            line.x_axis().set_date_axis(true).set_num_format("mmm yyyy");
            line
        };
        let title = section
            .columns
            .get(usize::from(column))
            .map(|c| c.header.clone())
            .unwrap_or_default();
        chart.title().set_name(&title);
        chart
            .add_series()
            .set_name((name, 0, column))
            .set_categories((name, 1, category, rows, category))
            .set_values((name, 1, column, rows, column));
        chart.legend().set_position(ChartLegendPosition::Bottom).set_hidden();
        let row = below + u32::try_from(place).unwrap_or(0) * CHART_ROWS;
        sheet.insert_chart(row, 0, &chart)?;
    }
    Ok(())
}

/// The columns of figures (money or counts) with at least `known` values, in order.
fn numeric_columns(section: &Section, known: usize) -> Vec<u16> {
    (0..section.columns.len())
        .filter(|col| {
            let given = section
                .rows
                .iter()
                .filter(|row| matches!(row.get(*col), Some(Cell::Money(Some(_)) | Cell::Count(Some(_)))))
                .count();
            given >= known
        })
        .filter_map(|col| u16::try_from(col).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::document::{Column, Document, Kind};
    use super::*;

    fn charts_in(section: Section) -> usize {
        let document = Document {
            title: "t".into(),
            subtitle: String::new(),
            facts: Vec::new(),
            sections: vec![section],
            empty: String::new(),
        };
        let bytes = crate::report::xlsx::render(&document).unwrap();
        // The zip's directory names each part in the clear.
        (1..10)
            .filter(|n| {
                let part = format!("xl/charts/chart{n}.xml");
                bytes.windows(part.len()).any(|w| w == part.as_bytes())
            })
            .count()
    }

    /// The first chart's XML, unpacked from the workbook.
    fn chart_xml(bytes: &[u8]) -> String {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut part = archive.by_name("xl/charts/chart1.xml").unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut part, &mut xml).unwrap();
        xml
    }

    fn column(key: &'static str) -> Column {
        Column::new(key, key.to_string())
    }

    #[test]
    fn a_trend_gets_a_line_per_kind_reported_twice_and_other_sections_none() {
        let row = |date: &str, projects: Option<i64>, jobs: Option<i64>| {
            let first_day = Cell::Date(format!("{date}-01-01"));
            vec![
                Cell::Date(date.into()),
                Cell::Count(projects),
                Cell::Count(jobs),
                first_day,
            ]
        };
        let trend = Section {
            key: "trend",
            title: "Trend".into(),
            columns: vec![
                column("as_of"),
                column("projects"),
                column("jobs_planned"),
                column("first_day"),
            ],
            rows: vec![row("2024", Some(60), None), row("2025", Some(74), Some(14_600))],
            totals: None,
            kind: Kind::Table,
        };
        assert_eq!(charts_in(trend.clone()), 1, "jobs planned was reported once");
        let bytes = crate::report::xlsx::render(&Document {
            title: "t".into(),
            subtitle: String::new(),
            facts: Vec::new(),
            sections: vec![trend.clone()],
            empty: String::new(),
        })
        .unwrap();
        let chart = chart_xml(&bytes);
        assert!(
            chart.contains("<c:dateAx>"),
            "a time axis, not evenly spaced categories"
        );
        assert!(
            chart.contains("Trend!$D$2:$D$3"),
            "placed by the first-day column: {chart}"
        );
        assert_eq!(
            charts_in(Section {
                key: "comparison",
                ..trend
            }),
            0
        );
    }
}
