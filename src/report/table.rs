//! Aligned text tables (box-drawing or plain ASCII) and Markdown tables, with column
//! widths measured in terminal cells so Cyrillic, CJK and emoji keep columns straight.

use comfy_table::presets::{ASCII_MARKDOWN, NOTHING};
use comfy_table::{Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table};

/// Rules above, below and under the header only: quiet, and easy to paste.
const UNICODE_RULES: &str = "  ── ──      ──    ";
const ASCII_RULES: &str = "  -- --      --    ";

use crate::domain::text;

/// Which characters a text table may draw with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    /// Box-drawing rules, for a UTF-8 terminal.
    Unicode,
    /// `+`, `-` and `|` only: for pipes, files and other terminals.
    Ascii,
}

/// Output for an ASCII-only terminal: ortaq's own typographic marks (the unknown dash,
/// the ellipsis of a cut cell, arrows) become their ASCII forms. Letters are data and
/// stay as they are.
pub fn ascii_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '—' | '–' | '−' => out.push('-'),
            '…' => out.push_str("..."),
            '→' => out.push_str("->"),
            '←' => out.push_str("<-"),
            '·' => out.push('*'),
            '×' => out.push('x'),
            '«' | '»' | '“' | '”' => out.push('"'),
            '‘' | '’' => out.push('\''),
            '\u{a0}' | '\u{202f}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The look of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Boxed(Charset),
    /// Columns aligned by spaces, no lines: `ls -l` style, for `list`.
    Plain,
    Markdown,
}

/// Builds a table; `numeric[i]` right-aligns column `i`. Text cells are made safe for
/// a terminal (Markdown cells also have `|` escaped).
pub(crate) fn render(
    style: Style,
    header: &[&str],
    rows: &[Vec<String>],
    numeric: &[bool],
    width: Option<u16>,
) -> String {
    let mut table = Table::new();
    table.load_preset(match style {
        Style::Boxed(Charset::Unicode) => UNICODE_RULES,
        Style::Boxed(Charset::Ascii) => ASCII_RULES,
        Style::Plain => NOTHING,
        Style::Markdown => ASCII_MARKDOWN,
    });
    if let Some(width) = width {
        table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width);
    } else {
        table.set_content_arrangement(ContentArrangement::Disabled);
    }
    let cell = |value: &str| {
        if style == Style::Markdown {
            markdown_inline(value)
        } else {
            text::for_terminal(value).into_owned()
        }
    };
    // Headers are ortaq's own words and may hold line breaks.
    table.set_header(header.iter().map(|h| {
        Cell::new(if style == Style::Markdown {
            h.replace('\n', " ")
        } else {
            h.to_string()
        })
    }));
    for row in rows {
        table.add_row(row.iter().map(|value| Cell::new(cell(value))));
    }
    for (index, right) in numeric.iter().enumerate() {
        if let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(if *right {
                CellAlignment::Right
            } else {
                CellAlignment::Left
            });
            if style != Style::Markdown {
                // One space before each figure, one after each label: narrow enough
                // for two groupings and seven figures in 80 columns. A label right
                // after a figure (the id before the name) needs its own space before.
                let after_figure = index > 0 && numeric.get(index - 1).copied().unwrap_or(false);
                column.set_padding(match (*right, after_figure) {
                    (true, _) => (1, 0),
                    (false, true) => (1, 1),
                    (false, false) => (0, 1),
                });
            }
            let last_label = numeric.iter().position(|n| *n).is_some_and(|first| index + 1 == first);
            if *right || (last_label && index > 0) {
                // Figures never wrap; where labels must, the first one does.
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
    }
    let mut rendered = table.to_string();
    if style == Style::Boxed(Charset::Ascii) {
        rendered = ascii_marks(&rendered);
    }
    if style == Style::Plain {
        rendered = rendered.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    }
    rendered.push('\n');
    rendered
}

/// Stored text inside Markdown, shown as written and never read as markup: a pipe would
/// split the table's cell, `<script>` or a `[link](javascript:…)` would be live in a
/// viewer that renders HTML. Control characters are made visible first, as on a terminal.
pub fn markdown_inline(value: &str) -> String {
    let safe = text::for_terminal(value);
    let mut out = String::with_capacity(safe.len());
    for c in safe.chars() {
        match c {
            // A link needs its `]` before `(`: escaping it leaves `[` as a plain letter.
            '\\' | '|' | ']' | '`' | '*' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_inert_and_markdown_pipes_escaped() {
        let rows = vec![vec!["a\u{1b}[2J|b".to_string(), "1".to_string()]];
        let markdown = render(Style::Markdown, &["Name", "N"], &rows, &[false, true], None);
        assert!(markdown.contains("a^[[2J\\|b"), "{markdown}");
        assert!(!markdown.contains('\u{1b}'));
        let rows = vec![vec![
            "<script>x</script> [a](javascript:y) R&D".to_string(),
            "1".to_string(),
        ]];
        let markdown = render(Style::Markdown, &["Name", "N"], &rows, &[false, true], None);
        assert!(
            markdown.contains("&lt;script&gt;x&lt;/script&gt; [a\\](javascript:y) R&amp;D"),
            "{markdown}"
        );
    }

    #[test]
    fn a_label_after_a_figure_is_kept_apart_from_it() {
        let rows = vec![vec!["42".to_string(), "Gen 000042".to_string()]];
        let plain = render(Style::Plain, &["ID", "Name"], &rows, &[true, false], None);
        assert!(
            plain
                .lines()
                .all(|line| !line.contains("IDName") && !line.contains("42Gen")),
            "{plain}"
        );
        assert!(plain.contains("42 Gen 000042"), "{plain}");
    }

    #[test]
    fn wide_characters_keep_columns_aligned() {
        let rows = vec![
            vec!["Шымкент".to_string(), "1".into()],
            vec!["天津".to_string(), "22".into()],
        ];
        let plain = render(Style::Plain, &["Where", "N"], &rows, &[false, true], None);
        let widths: Vec<usize> = plain.lines().map(unicode_width::UnicodeWidthStr::width).collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{plain}");
    }
}
