//! Shared by the summary and its trend: padding and cutting text to terminal cells, and
//! the words of a reported figure. (Named `cells`: `text` is `domain::text` in this module.)

use ratatui::text::{Line, Span};

use crate::i18n::{self, format};
use crate::store::{Indicator, Metric};

/// A reported figure: `over 13,000`, `$2.6B`; `более 13 000`, `$2,6 млрд`.
pub(super) fn figure(indicator: &Indicator) -> String {
    i18n::qualified(indicator.qualifier, metric_value(indicator.metric, indicator.value))
}

pub(super) fn metric_value(metric: Metric, value: i64) -> String {
    if metric.is_money() {
        format::money_compact(value)
    } else {
        format::count(value)
    }
}

/// A kind of figure as a trend line's label, short: `jobs created`, `контракты`.
pub(super) fn series_label(metric: Metric) -> String {
    i18n::metric_short(metric)
}

/// Text padded with spaces to `width` terminal cells (format's padding counts
/// characters, which is the same for these labels, but cells are what show).
pub(super) fn pad(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut out = super::fit(text, u16::try_from(width).unwrap_or(u16::MAX));
    let used = out.width();
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// A line of spans cut to `width` cells, ending in `…` where cut.
pub(super) fn cut(spans: Vec<Span<'static>>, width: usize) -> Line<'static> {
    super::table::truncate(Line::from(spans), width)
}
