//! The map screen: the outlines of Kazakhstan and Uzbekistan (Natural Earth, see
//! `README.md` here) in braille dots, a marker per located project, coloured by status
//! and with a glyph of its own per status (so that it reads without colour), the
//! selected one in reverse video and named below, with a legend of the statuses shown.

#[rustfmt::skip]
mod outlines;

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::widgets::canvas::{Canvas, Context, Line as Segment};

use super::{Theme, fit};
use crate::domain::{Coordinate, Status, text};
use crate::i18n::format;
use crate::store::Placed;
use crate::tr;
use crate::tui::app::MapState;
use crate::tui::words;

/// The lines above the map (the heading) and below it (the selected place, the legend).
const ABOVE: u16 = 1;
const BELOW: u16 = 2;

/// Longitudes and latitudes the map shows: the two countries, widened to the area's shape.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub x: [f64; 2],
    pub y: [f64; 2],
}

impl Bounds {
    /// The two countries' box, widened along one axis so that a degree of latitude and
    /// one of longitude keep their proportion on the ground (a cell is about twice as
    /// tall as it is wide; a degree of longitude here is about 0.7 of one of latitude).
    pub fn fitting(area: Rect) -> Self {
        let [west, east, south, north] = outline_box();
        let (middle_x, middle_y) = ((west + east) / 2.0, (south + north) / 2.0);
        let shrink = middle_y.to_radians().cos();
        let (width, height) = (f64::from(area.width.max(1)), f64::from(area.height.max(1)) * 2.0);
        let scale = (width / ((east - west) * shrink)).min(height / (north - south));
        let (half_x, half_y) = (width / scale / shrink / 2.0, height / scale / 2.0);
        Self {
            x: [middle_x - half_x, middle_x + half_x],
            y: [middle_y - half_y, middle_y + half_y],
        }
    }

    pub fn contains(&self, place: &Placed) -> bool {
        let (x, y) = (place.longitude.degrees(), place.latitude.degrees());
        (self.x[0]..=self.x[1]).contains(&x) && (self.y[0]..=self.y[1]).contains(&y)
    }
}

/// West, east, south, north of the outlines, a little apart from the frame.
fn outline_box() -> [f64; 4] {
    let points = || {
        outlines::KAZAKHSTAN
            .iter()
            .chain(outlines::UZBEKISTAN)
            .flat_map(|ring| ring.iter())
    };
    let fold = |pick: fn(&(f64, f64)) -> f64, max: bool| {
        points().map(pick).fold(if max { f64::MIN } else { f64::MAX }, |a, b| {
            if max { a.max(b) } else { a.min(b) }
        })
    };
    let margin = 0.5;
    [
        fold(|p| p.0, false) - margin,
        fold(|p| p.0, true) + margin,
        fold(|p| p.1, false) - margin,
        fold(|p| p.1, true) + margin,
    ]
}

/// A status's marker: a glyph of its own, in Unicode and in ASCII.
pub fn glyph(status: Option<Status>, ascii: bool) -> &'static str {
    match (status, ascii) {
        (Some(Status::Proposed), false) => "○",
        (Some(Status::Agreed), false) => "◇",
        (Some(Status::Construction), false) => "▲",
        (Some(Status::Operating), false) => "●",
        (Some(Status::Suspended), false) => "□",
        (Some(Status::Cancelled), false) => "×",
        (Some(Status::Proposed), true) => "o",
        (Some(Status::Agreed), true) => "+",
        (Some(Status::Construction), true) => "^",
        (Some(Status::Operating), true) => "@",
        (Some(Status::Suspended), true) => "#",
        (Some(Status::Cancelled), true) => "x",
        (None, _) => "?",
    }
}

pub(super) fn draw(frame: &mut Frame<'_>, state: &MapState, area: Rect, theme: Theme) {
    let heading = match (&state.places, state.unplaced) {
        (None, _) => tr!("tui-map-reading"),
        (Some(places), Some(unplaced)) => tr!(
            "tui-map-heading",
            located = places.len(),
            shown = places.len() + unplaced
        ),
        (Some(places), None) => tr!("tui-map-heading-located", located = places.len()),
    };
    let [top, middle, bottom] = split(area);
    frame.render_widget(
        Paragraph::new(Line::styled(fit(&format!(" {heading}"), area.width), theme.header())),
        top,
    );
    draw_map(frame.buffer_mut(), state, middle, theme);
    let lines = vec![
        selected_line(state, middle, area.width, theme),
        legend(state, area.width, theme),
    ];
    frame.render_widget(Paragraph::new(lines), bottom);
}

fn split(area: Rect) -> [Rect; 3] {
    let map_height = area.height.saturating_sub(ABOVE + BELOW);
    [
        Rect {
            height: ABOVE.min(area.height),
            ..area
        },
        Rect {
            y: area.y + ABOVE,
            height: map_height,
            ..area
        },
        Rect {
            y: area.y + ABOVE + map_height,
            height: area.height.saturating_sub(ABOVE + map_height),
            ..area
        },
    ]
}

/// The outlines and the markers, drawn straight into the buffer (also by the bench).
pub fn draw_map(buffer: &mut Buffer, state: &MapState, area: Rect, theme: Theme) {
    if area.is_empty() {
        return;
    }
    let bounds = Bounds::fitting(area);
    let marker = if theme.ascii { Marker::Dot } else { Marker::Braille };
    let canvas = Canvas::default()
        .marker(marker)
        .x_bounds(bounds.x)
        .y_bounds(bounds.y)
        .paint(|ctx| paint(ctx, state, &bounds, area, theme));
    ratatui::widgets::Widget::render(canvas, area, buffer);
    if theme.ascii {
        // The canvas has no ASCII marker: its dots become full stops.
        for position in area.positions() {
            if let Some(cell) = buffer.cell_mut(position)
                && cell.symbol() == "•"
            {
                cell.set_symbol(".");
            }
        }
    }
}

fn paint(ctx: &mut Context<'_>, state: &MapState, bounds: &Bounds, area: Rect, theme: Theme) {
    let border = theme.map_outline();
    for ring in outlines::KAZAKHSTAN.iter().chain(outlines::UZBEKISTAN) {
        for pair in ring
            .windows(2)
            .chain(std::iter::once(&[ring[ring.len() - 1], ring[0]][..]))
        {
            let (from, to) = (pair[0], pair[1]);
            ctx.draw(&Segment::new(from.0, from.1, to.0, to.1, border));
        }
    }
    ctx.layer();
    let places = state.places();
    // Only one marker per cell is seen: the first (northernmost) of each cell is drawn,
    // which keeps a frame of 100,000 projects as quick as one of a hundred, and the
    // selected one last, over the others.
    let mut taken = vec![false; usize::from(area.width) * usize::from(area.height)];
    for (index, place) in places.iter().enumerate() {
        if index == state.cursor || !bounds.contains(place) {
            continue;
        }
        match cell_of(place, bounds, area) {
            Some(cell) if !taken[cell] => taken[cell] = true,
            _ => continue,
        }
        let style = theme.status(place.status);
        ctx.print(
            place.longitude.degrees(),
            place.latitude.degrees(),
            Span::styled(glyph(place.status, theme.ascii), style),
        );
    }
    if let Some(place) = state.selected().filter(|p| bounds.contains(p)) {
        let style = theme.status(place.status).patch(theme.selected_row());
        ctx.print(
            place.longitude.degrees(),
            place.latitude.degrees(),
            Span::styled(glyph(place.status, theme.ascii), style),
        );
    }
}

/// The index of the terminal cell a place falls in, row by row.
fn cell_of(place: &Placed, bounds: &Bounds, area: Rect) -> Option<usize> {
    let across = (place.longitude.degrees() - bounds.x[0]) / (bounds.x[1] - bounds.x[0]);
    let down = (bounds.y[1] - place.latitude.degrees()) / (bounds.y[1] - bounds.y[0]);
    let (width, height) = (usize::from(area.width), usize::from(area.height));
    let column = ((across * width as f64) as usize).min(width.checked_sub(1)?);
    let row = ((down * height as f64) as usize).min(height.checked_sub(1)?);
    Some(row * width + column)
}

/// The characters of a project's name the selected line keeps before it drops other facts.
const NAME_AT_LEAST: usize = 20;

/// `▲ International Center … · construction · ≈ 40,9, 68,6 · 1 of 6`.
fn selected_line(state: &MapState, map: Rect, width: u16, theme: Theme) -> Line<'static> {
    let Some(place) = state.selected() else {
        let none = state.places.as_ref().map_or_else(String::new, |_| tr!("tui-map-none"));
        return Line::styled(fit(&format!(" {none}"), width), theme.dim());
    };
    let status = place
        .status
        .map_or_else(|| tr!("tui-map-status-unknown"), words::status_short);
    let together = state
        .places()
        .iter()
        .filter(|p| p.latitude.micro() == place.latitude.micro() && p.longitude.micro() == place.longitude.micro())
        .count();
    let coordinates = position(place.latitude, place.longitude);
    let mut parts = vec![status, coordinates.clone()];
    if together > 1 {
        parts.push(tr!("tui-map-together", count = together));
    }
    if !Bounds::fitting(map).contains(place) {
        parts.push(tr!("tui-map-outside"));
    }
    let counted = tr!(
        "tui-map-position",
        number = state.cursor + 1,
        count = state.places().len()
    );
    parts.push(counted.clone());
    // The name gives way first, down to a readable length; then the coordinates and the
    // count go (the marker's place on the map says where): what the marker is stays whole.
    let facts_of = |parts: &[String]| format!(" · {}", parts.join(" · "));
    let room_for_name = |parts: &[String]| usize::from(width).saturating_sub(3 + text::cells(&facts_of(parts)));
    for dropped in [coordinates, counted] {
        if room_for_name(&parts) < NAME_AT_LEAST {
            parts.retain(|part| *part != dropped);
        }
    }
    let facts = facts_of(&parts);
    let room = room_for_name(&parts).max(8);
    let name = text::truncate_to_width(&text::for_terminal(crate::i18n::placed_name(place)), room);
    let glyph = glyph(place.status, theme.ascii);
    Line::from(vec![
        Span::styled(format!(" {glyph} "), theme.status(place.status)),
        Span::styled(name, theme.title()),
        Span::raw(fit(&facts, width.saturating_sub(3).saturating_sub(room as u16))),
    ])
}

/// `40,9 N, 68,6 E` in the language's words, `≈` where approximate.
fn position(latitude: Coordinate, longitude: Coordinate) -> String {
    let approximate = latitude.is_approximate() || longitude.is_approximate();
    let shown = tr!(
        "tui-map-coordinates",
        latitude = format::coordinate(Coordinate::from_micro(latitude.micro(), false)),
        longitude = format::coordinate(Coordinate::from_micro(longitude.micro(), false))
    );
    if approximate { format!("≈ {shown}") } else { shown }
}

/// The glyphs of the statuses on the map, each with its word.
fn legend(state: &MapState, width: u16, theme: Theme) -> Line<'static> {
    let shown: BTreeSet<Option<Status>> = state.places().iter().map(|p| p.status).collect();
    let mut spans = vec![Span::raw(" ")];
    for status in shown {
        let word = status.map_or_else(|| tr!("tui-map-status-unknown"), words::status_short);
        spans.push(Span::styled(
            glyph(status, theme.ascii).to_string(),
            theme.status(status),
        ));
        spans.push(Span::styled(format!(" {word}  "), theme.dim()));
    }
    let line = Line::from(spans);
    if line.width() > usize::from(width) {
        let plain: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        return Line::styled(fit(&plain, width), Style::new());
    }
    line
}
