//! A report as one self-contained HTML page: inline CSS, tables that paste into Word as
//! tables and print on A4. Every stored text is HTML-escaped.

use html_escape::{encode_double_quoted_attribute, encode_text};

use super::document::{Audience, Cell, Document, Section};
use super::svg_charts;
use crate::i18n::language;

const STYLE: &str = "@page { size: A4; margin: 15mm; }
body { font-family: 'Segoe UI', Arial, sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 15pt; margin: 0 0 4pt; }
h2 { font-size: 12pt; margin: 14pt 0 4pt; }
p.sub { color: #444; margin: 0 0 8pt; }
table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #999; padding: 2pt 5pt; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
td.n { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid #333; }
thead { display: table-header-group; }
figure { margin: 6pt 0 8pt; page-break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 2pt; }
figure svg { max-width: 100%; height: auto; }";

/// The page.
pub fn render(document: &Document) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n",
        language().code(),
        encode_text(&document.title)
    ));
    out.push_str(&format!("<h1>{}</h1>\n", encode_text(&document.title)));
    out.push_str(&format!("<p class=\"sub\">{}</p>\n", encode_text(&document.subtitle)));
    for section in &document.sections {
        if !super::document::repeats_title(document, section) {
            out.push_str(&format!("<h2>{}</h2>\n", encode_text(&section.title)));
        }
        if section.rows.is_empty() {
            out.push_str(&format!("<p>{}</p>\n", encode_text(&document.empty)));
        } else {
            let drawn = section.drawn_for(Audience::People);
            for chart in svg_charts::for_section(&drawn) {
                out.push_str(&figure(&chart));
            }
            out.push_str(&table(&drawn));
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// A chart with its caption, named for screen readers (the table after it has the values).
fn figure(chart: &svg_charts::Chart) -> String {
    let named = format!(
        "<svg role=\"img\" aria-label=\"{}\" ",
        encode_double_quoted_attribute(&chart.caption)
    );
    format!(
        "<figure>\n<figcaption>{}</figcaption>\n{}\n</figure>\n",
        encode_text(&chart.caption),
        chart.svg.replacen("<svg ", &named, 1)
    )
}

fn table(section: &Section) -> String {
    let numeric = section.numeric();
    let mut out = String::from("<table>\n<thead><tr>");
    for column in &section.columns {
        out.push_str(&format!("<th>{}</th>", encode_text(&column.header)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &section.rows {
        out.push_str(&row_html(row, &numeric, ""));
    }
    if let Some(totals) = &section.totals {
        out.push_str(&row_html(totals, &numeric, " class=\"total\""));
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

fn row_html(row: &[Cell], numeric: &[bool], class: &str) -> String {
    let mut out = format!("<tr{class}>");
    for (i, cell) in row.iter().enumerate() {
        let class = if numeric.get(i).copied().unwrap_or(false) {
            " class=\"n\""
        } else {
            ""
        };
        out.push_str(&format!("<td{class}>{}</td>", encode_text(&cell.human())));
    }
    out.push_str("</tr>\n");
    out
}
