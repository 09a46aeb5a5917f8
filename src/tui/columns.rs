//! The projects table's columns, defined once.
//!
//! [`COLUMNS`] lists the drawn columns in order: each one's title, the cells the cursor
//! can stand on inside it, its sort key, its alignment and its width rule. The cursor
//! (`h`/`l`), the header, the rows, the editors' position, sorting (`s`) and hiding
//! columns on narrow screens all read this one table, so they cannot disagree.

use ratatui::layout::HorizontalAlignment;

use crate::domain::Field;
use crate::store::SortKey;

/// A cell the column cursor can stand on, named after the field it edits. Location holds
/// two (country, region) and Jobs two (created, planned), so every field shown can be
/// edited in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Country,
    Region,
    Sector,
    Status,
    Investment,
    JobsCreated,
    JobsPlanned,
}

/// How wide a drawn column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Takes the room the other columns leave, never less than `min`.
    Fill { min: u16 },
    /// A width for each [`Room`] the table has.
    Fixed { roomy: u16, normal: u16, narrow: u16 },
}

/// How much room the table has, which picks the fixed columns' widths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Room {
    /// At least [`ROOMY`] usable cells.
    Roomy,
    Normal,
    /// Fewer than [`NARROW`] usable cells.
    Narrow,
}

/// From this many usable cells the fixed columns take their roomy widths.
pub const ROOMY: u16 = 100;
/// Below this many usable cells they take their narrow widths.
pub const NARROW: u16 = 70;

/// A drawn column of the projects table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableColumn {
    /// The message id of its header (the words are per language).
    pub title: &'static str,
    /// The message id of a header that spells out what `title` abbreviates, drawn where
    /// the column is wide enough for it (`Места факт/план` for `Места ф/п`).
    pub spelled_out: Option<&'static str>,
    /// The cursor cells it holds, in the order they are drawn.
    pub cells: &'static [Column],
    /// Cells left out while unknown unless the cursor is on them (a city is often missing,
    /// and `KZ —` says less than `KZ`).
    pub optional: &'static [Column],
    /// Drawn between its cells.
    pub separator: &'static str,
    /// What `s` sorts by while the cursor is in this column.
    pub sort: SortKey,
    pub align: HorizontalAlignment,
    pub width: Width,
    /// Hidden in a table narrower than this; 0 for a column always shown.
    pub hidden_below: u16,
    /// Cells more in Russian, whose compact money is longer (`$12,5 млн`, `$12.5M`).
    pub wider_in_russian: u16,
}

/// The projects table, left to right. The sector goes first when the screen is narrow.
pub const COLUMNS: [TableColumn; 6] = [
    TableColumn {
        title: "tui-col-name",
        spelled_out: None,
        cells: &[Column::Name],
        optional: &[],
        separator: "",
        sort: SortKey::Name,
        align: HorizontalAlignment::Left,
        width: Width::Fill { min: 8 },
        hidden_below: 0,
        wider_in_russian: 0,
    },
    TableColumn {
        title: "tui-col-location",
        spelled_out: None,
        cells: &[Column::Country, Column::Region],
        optional: &[Column::Region],
        separator: " ",
        sort: SortKey::Location,
        align: HorizontalAlignment::Left,
        width: Width::Fixed {
            roomy: 22,
            normal: 12,
            narrow: 8,
        },
        hidden_below: 0,
        wider_in_russian: 0,
    },
    TableColumn {
        title: "tui-col-sector",
        spelled_out: None,
        cells: &[Column::Sector],
        optional: &[],
        separator: "",
        sort: SortKey::Sector,
        align: HorizontalAlignment::Left,
        width: Width::Fixed {
            roomy: 18,
            normal: 10,
            narrow: 10,
        },
        hidden_below: 76,
        wider_in_russian: 0,
    },
    TableColumn {
        title: "tui-col-status",
        spelled_out: None,
        cells: &[Column::Status],
        optional: &[],
        separator: "",
        sort: SortKey::Status,
        align: HorizontalAlignment::Left,
        width: Width::Fixed {
            roomy: 12,
            normal: 12,
            narrow: 10,
        },
        hidden_below: 0,
        wider_in_russian: 0,
    },
    TableColumn {
        title: "tui-col-investment",
        spelled_out: None,
        cells: &[Column::Investment],
        optional: &[],
        separator: "",
        sort: SortKey::Investment,
        align: HorizontalAlignment::Right,
        width: Width::Fixed {
            roomy: 7,
            normal: 7,
            narrow: 7,
        },
        hidden_below: 0,
        wider_in_russian: 2,
    },
    TableColumn {
        title: "tui-col-jobs",
        spelled_out: Some("tui-col-jobs-spelled-out"),
        cells: &[Column::JobsCreated, Column::JobsPlanned],
        optional: &[],
        separator: " / ",
        sort: SortKey::Jobs,
        align: HorizontalAlignment::Right,
        width: Width::Fixed {
            roomy: 15,
            normal: 13,
            narrow: 11,
        },
        hidden_below: 0,
        // «Места факт/план» spelled out where the English column fits a number pair.
        wider_in_russian: 2,
    },
];

/// How many cursor cells the table has, counted from [`COLUMNS`].
const CELL_COUNT: usize = {
    let mut count = 0;
    let mut i = 0;
    while i < COLUMNS.len() {
        count += COLUMNS[i].cells.len();
        i += 1;
    }
    count
};

impl Column {
    /// Every cursor cell, left to right, read from [`COLUMNS`].
    pub const ALL: [Column; CELL_COUNT] = {
        let mut all = [Column::Name; CELL_COUNT];
        let (mut n, mut i) = (0, 0);
        while i < COLUMNS.len() {
            let mut j = 0;
            while j < COLUMNS[i].cells.len() {
                all[n] = COLUMNS[i].cells[j];
                n += 1;
                j += 1;
            }
            i += 1;
        }
        all
    };

    /// The field the cell shows and edits. The Name cell is the name in the language
    /// spoken: in Russian it shows the Russian name (the English one while there is
    /// none) and edits the Russian name, so both can be kept up in place.
    pub fn field(self) -> Field {
        match self {
            Column::Name if crate::i18n::language() == crate::i18n::Lang::Ru => Field::NameRu,
            Column::Name => Field::Name,
            Column::Country => Field::Country,
            Column::Region => Field::Region,
            Column::Sector => Field::Sector,
            Column::Status => Field::Status,
            Column::Investment => Field::Investment,
            Column::JobsCreated => Field::JobsCreated,
            Column::JobsPlanned => Field::JobsPlanned,
        }
    }

    /// The drawn column that holds this cell.
    pub fn drawn_in(self) -> &'static TableColumn {
        // Every cell is in one column (a test checks); the first is only a fallback.
        COLUMNS.iter().find(|c| c.holds(self)).unwrap_or(&COLUMNS[0])
    }

    pub fn sort_key(self) -> SortKey {
        self.drawn_in().sort
    }

    /// Whether the cell is drawn in a table this wide.
    pub fn visible_at(self, table_width: u16) -> bool {
        self.drawn_in().shown_at(table_width)
    }
}

impl Room {
    /// The room of a table with `usable` cells for its columns.
    pub fn of(usable: u16) -> Room {
        if usable >= ROOMY {
            Room::Roomy
        } else if usable < NARROW {
            Room::Narrow
        } else {
            Room::Normal
        }
    }
}

impl Width {
    /// The width a fixed column takes; `None` for the one that fills.
    pub fn fixed(self, room: Room) -> Option<u16> {
        match (self, room) {
            (Width::Fill { .. }, _) => None,
            (Width::Fixed { roomy, .. }, Room::Roomy) => Some(roomy),
            (Width::Fixed { normal, .. }, Room::Normal) => Some(normal),
            (Width::Fixed { narrow, .. }, Room::Narrow) => Some(narrow),
        }
    }
}

impl TableColumn {
    /// The header in the language spoken.
    pub fn header(&self) -> String {
        crate::tui::words::label(self.title)
    }

    pub fn holds(&self, cell: Column) -> bool {
        self.cells.contains(&cell)
    }

    /// Whether the column is drawn in a table this wide.
    pub fn shown_at(&self, table_width: u16) -> bool {
        table_width >= self.hidden_below
    }

    /// The cells a row draws, given which are `known` and where the cursor is: an
    /// optional cell goes while unknown, and a column of nothing but unknowns shows its
    /// first cell's `—` alone, unless the cursor is in it.
    pub fn drawn_cells(&self, known: impl Fn(Column) -> bool, cursor: Option<Column>) -> Vec<Column> {
        let cursor_here = cursor.is_some_and(|c| self.holds(c));
        if !cursor_here && !self.cells.iter().any(|&c| known(c)) {
            return self.cells.iter().copied().take(1).collect();
        }
        self.cells
            .iter()
            .copied()
            .filter(|&c| known(c) || cursor == Some(c) || !self.optional.contains(&c))
            .collect()
    }
}

impl Placed {
    /// The header in the language spoken, spelled out where the width allows.
    pub fn header(&self) -> String {
        self.column
            .spelled_out
            .map(crate::tui::words::label)
            .filter(|spelled| spelled.chars().count() <= usize::from(self.width))
            .unwrap_or_else(|| self.column.header())
    }
}

/// A drawn column placed in the table: its left edge and its width, in cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub column: &'static TableColumn,
    pub x: u16,
    pub width: u16,
}

/// The columns drawn in a table `table_width` cells wide, placed left to right with one
/// cell between them. The last cell of the width is left for the scrollbar.
pub fn layout(table_width: u16) -> Vec<Placed> {
    let usable = table_width.saturating_sub(1);
    let room = Room::of(usable);
    let russian = crate::i18n::language() == crate::i18n::Lang::Ru;
    let fixed_width = |column: &TableColumn| {
        column
            .width
            .fixed(room)
            .map(|w| if russian { w + column.wider_in_russian } else { w })
    };
    let shown: Vec<&'static TableColumn> = COLUMNS.iter().filter(|c| c.shown_at(table_width)).collect();
    let gaps = shown.len().saturating_sub(1) as u16;
    let fixed: u16 = shown.iter().filter_map(|c| fixed_width(c)).sum();
    let fills = shown.iter().filter(|c| fixed_width(c).is_none()).count() as u16;
    let free = usable.saturating_sub(fixed + gaps) / fills.max(1);
    let mut x = 0;
    shown
        .into_iter()
        .map(|column| {
            let width = match column.width {
                Width::Fill { min } => free.max(min),
                Width::Fixed { .. } => fixed_width(column).unwrap_or(0),
            };
            let placed = Placed { column, x, width };
            x += width + 1;
            placed
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(width: u16) -> Vec<String> {
        layout(width).iter().map(|p| p.column.header()).collect()
    }

    #[test]
    fn every_cell_is_in_exactly_one_column_in_cursor_order() {
        for cell in Column::ALL {
            assert_eq!(COLUMNS.iter().filter(|c| c.holds(cell)).count(), 1, "{cell:?}");
        }
        assert_eq!(Column::ALL.first(), Some(&Column::Name));
        assert_eq!(Column::ALL.last(), Some(&Column::JobsPlanned));
        assert_eq!(Column::Region.sort_key(), SortKey::Location);
        assert_eq!(Column::JobsCreated.sort_key(), SortKey::Jobs);
    }

    /// «Места с/п» was never spelled out: where the column is wide enough (80 cells and
    /// up in Russian) its header says «Места факт/план».
    #[test]
    fn the_jobs_header_is_spelled_out_where_it_fits() {
        let jobs = |width| layout(width).last().map(Placed::header);
        crate::i18n::set_language(crate::i18n::Lang::Ru);
        let russian = [jobs(80), jobs(101), jobs(60)];
        crate::i18n::set_language(crate::i18n::Lang::En);
        assert_eq!(russian[0].as_deref(), Some("Места факт/план"));
        assert_eq!(russian[1].as_deref(), Some("Места факт/план"));
        assert_eq!(russian[2].as_deref(), Some("Места ф/п"));
        assert_eq!(jobs(101).as_deref(), Some("Jobs made/plan"));
        assert_eq!(jobs(80).as_deref(), Some("Jobs (m/p)"));
    }

    #[test]
    fn the_sector_goes_first_below_76_cells() {
        assert_eq!(titles(75), ["Name", "Location", "Status", "Invest.", "Jobs (m/p)"]);
        assert_eq!(titles(76)[2], "Sector");
        assert!(!Column::Sector.visible_at(75) && Column::Sector.visible_at(76));
        assert!(Column::Status.visible_at(60));
    }

    #[test]
    fn the_columns_fill_the_width_but_the_scrollbar() {
        for width in [60, 70, 75, 76, 80, 99, 100, 101, 130] {
            let placed = layout(width);
            let last = placed.last().map_or(0, |p| p.x + p.width);
            assert_eq!(last, width - 1, "at {width}");
        }
        let roomy = layout(101);
        assert_eq!(
            (roomy[0].width, roomy[1].width),
            (21, 22),
            "the name takes what is left"
        );
        assert_eq!(layout(30)[0].width, 8, "the name is never under 8 cells");
    }

    #[test]
    fn unknown_cells_are_drawn_as_the_column_says() {
        let location = Column::Country.drawn_in();
        let only_country = |c: Column| c == Column::Country;
        assert_eq!(location.drawn_cells(only_country, None), [Column::Country]);
        assert_eq!(
            location.drawn_cells(only_country, Some(Column::Region)),
            [Column::Country, Column::Region],
            "the cursor shows an unknown city"
        );
        let jobs = Column::JobsCreated.drawn_in();
        let only_planned = |c: Column| c == Column::JobsPlanned;
        assert_eq!(
            jobs.drawn_cells(only_planned, None),
            [Column::JobsCreated, Column::JobsPlanned]
        );
        assert_eq!(jobs.drawn_cells(|_| false, None), [Column::JobsCreated], "one — alone");
        assert_eq!(
            jobs.drawn_cells(|_| false, Some(Column::JobsPlanned)),
            [Column::JobsCreated, Column::JobsPlanned]
        );
    }
}
