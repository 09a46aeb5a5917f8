//! The summary table: totals by status, country or sector (or two of them), with the
//! latest officially reported portfolio figures beside what ortaq tracks.

use super::table::{self, Charset, Style};
use super::{Format, UNKNOWN};
use crate::domain::{Country, EdtfDate, Status};
use crate::i18n::format;
use crate::store::{Dimension, GroupTotals, Indicator, Metric, ProjectQuery, Store, StoreError, Totals};
use crate::tr;

/// The summary of the projects a query shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub by: Vec<Dimension>,
    pub groups: Vec<GroupTotals>,
    pub total: Totals,
    pub reported: Reported,
    /// Whether only some projects are summed (a filter or search): the reported figures
    /// are always the whole portfolio's, and the comparison says so.
    pub filtered: bool,
}

/// The latest reported portfolio figures (scope `portfolio`) as of a date: at most one
/// of each kind, in [`SERIES`] order, each with its source as `#id publisher`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reported {
    pub figures: Vec<(Indicator, String)>,
    /// The date the figures were picked by (`summary --as-of`), if one was given.
    pub as_of: Option<EdtfDate>,
}

impl Reported {
    /// The latest reported figure of a kind, with its source.
    pub fn get(&self, metric: Metric) -> Option<&(Indicator, String)> {
        self.figures.iter().find(|(i, _)| i.metric == metric)
    }
}

/// The kinds of reported figure in the order ortaq shows them: the trend's series and
/// the comparison's lines. Jobs of unrecorded kind come last: they are old rows.
pub const SERIES: [Metric; 7] = [
    Metric::Projects,
    Metric::Investment,
    Metric::JobsCreated,
    Metric::JobsPlanned,
    Metric::TradeContracts,
    Metric::TradeContractsValue,
    Metric::Jobs,
];

/// The kinds ortaq also tracks per project, so a reported figure of them can be held
/// against the tracked sum; the others are shown but never compared.
const COMPARED: [Metric; 4] = [
    Metric::Projects,
    Metric::Investment,
    Metric::JobsCreated,
    Metric::JobsPlanned,
];

impl Summary {
    /// Builds the summary; `as_of` picks the figures known to be reported by that day.
    pub fn build(
        store: &Store,
        query: &ProjectQuery,
        by: &[Dimension],
        as_of: Option<EdtfDate>,
    ) -> Result<Self, StoreError> {
        let groups = store.grouped_totals(query, by)?;
        // Every project is in exactly one group, so the groups add up to the total:
        // one pass over the projects instead of two.
        let total = groups
            .iter()
            .try_fold(Totals::default(), |sum, group| sum.plus(&group.totals))?;
        Ok(Self {
            by: by.to_vec(),
            groups,
            total,
            reported: Reported::latest(store, as_of)?,
            filtered: query.is_filtered(),
        })
    }

    pub fn render(&self, format: Format, charset: Charset) -> String {
        match format {
            Format::Text | Format::Html | Format::Xlsx if charset == Charset::Ascii => {
                super::ascii_marks(&self.render_table(Style::Boxed(charset), false))
            }
            // A page (HTML, xlsx) is drawn from the summary's document; asked here, text stands in.
            Format::Text | Format::Html | Format::Xlsx => self.render_table(Style::Boxed(charset), false),
            Format::Markdown => self.render_table(Style::Markdown, true),
            Format::Csv => super::summary_data::csv(self),
            Format::Json => super::summary_data::json(self),
        }
    }

    fn header(&self, exact: bool) -> Vec<String> {
        let mut header: Vec<String> = self.by.iter().map(|d| dimension_label(*d)).collect();
        header.push(tr!("cli-summary-projects"));
        if exact {
            header.extend([
                tr!("cli-summary-investment-usd"),
                tr!("cli-summary-no-figure"),
                tr!("cli-summary-jobs-planned"),
                tr!("cli-summary-jobs-created"),
            ]);
        } else {
            header.extend([
                tr!("cli-summary-investment"),
                tr!("cli-summary-no-figure-short"),
                tr!("cli-summary-jobs-planned-short"),
                tr!("cli-summary-jobs-created-short"),
            ]);
        }
        header.push(tr!("cli-summary-share"));
        header
    }

    fn render_table(&self, style: Style, exact: bool) -> String {
        let money = |totals: &Totals| {
            if totals.investment_unknown == totals.projects {
                UNKNOWN.to_string()
            } else {
                money_text(totals.investment, exact)
            }
        };
        let jobs = |sum: i64, unknown: i64, projects: i64| {
            if unknown == projects {
                UNKNOWN.to_string()
            } else {
                format::count(sum)
            }
        };
        let row = |labels: Vec<String>, totals: &Totals, share: String| {
            let mut row = labels;
            row.extend([
                format::count(totals.projects),
                money(totals),
                format::count(totals.investment_unknown),
                jobs(totals.jobs_planned, totals.jobs_planned_unknown, totals.projects),
                jobs(totals.jobs_created, totals.jobs_created_unknown, totals.projects),
                share,
            ]);
            row
        };
        let mut rows: Vec<Vec<String>> = self
            .groups
            .iter()
            .map(|group| {
                let labels = self
                    .by
                    .iter()
                    .zip(&group.keys)
                    .map(|(dimension, key)| key_label(*dimension, key.as_deref()))
                    .collect();
                row(labels, &group.totals, self.share(&group.totals))
            })
            .collect();
        let mut total_labels = vec![String::new(); self.by.len()];
        if let Some(first) = total_labels.first_mut() {
            *first = tr!("cli-summary-total");
        }
        let total_share = if self.total.investment > 0 {
            "100%".into()
        } else {
            UNKNOWN.into()
        };
        rows.push(row(total_labels, &self.total, total_share));
        let header = self.header(exact);
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let numeric: Vec<bool> = (0..header.len()).map(|i| i >= self.by.len()).collect();
        let width = (style != Style::Markdown).then_some(80);
        let mut out = table::render(style, &header, &rows, &numeric, width);
        if self.total.unreadable > 0 {
            out.push_str(&tr!("cli-summary-unreadable", count = self.total.unreadable));
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&self.render_reported(style, exact));
        out
    }

    /// Tracked against reported, like against like: projects, investment, jobs created
    /// and jobs planned each against the tracked sum of the same kind; reported figures
    /// of other kinds (trade contracts, jobs of unrecorded kind) are listed, never
    /// compared. The one computation of it, for the command line and the interface alike.
    pub fn comparisons(&self) -> Vec<Comparison> {
        SERIES
            .iter()
            .filter(|m| COMPARED.contains(m) || self.reported.get(**m).is_some())
            .map(|metric| self.comparison(*metric))
            .collect()
    }

    fn comparison(&self, metric: Metric) -> Comparison {
        let total = &self.total;
        let known = |sum: i64, unknown: i64| (unknown < total.projects).then_some(sum);
        let tracked = match metric {
            Metric::Projects => (total.projects > 0).then_some(total.projects),
            Metric::Investment => known(total.investment, total.investment_unknown),
            Metric::JobsCreated => known(total.jobs_created, total.jobs_created_unknown),
            Metric::JobsPlanned => known(total.jobs_planned, total.jobs_planned_unknown),
            Metric::Jobs | Metric::TradeContracts | Metric::TradeContractsValue => None,
        };
        let reported = self.reported.get(metric).cloned();
        let coverage = match (tracked, &reported) {
            (Some(tracked), Some((indicator, _))) => Percent::of(tracked, indicator.value),
            _ => None,
        };
        Comparison {
            metric,
            compared: COMPARED.contains(&metric),
            tracked,
            reported,
            coverage,
        }
    }

    fn render_reported(&self, style: Style, exact: bool) -> String {
        let comparisons = self.comparisons();
        if comparisons.iter().all(|c| c.reported.is_none()) {
            return match &self.reported.as_of {
                Some(date) => tr!("cli-summary-no-reported-by", date = format::date(date)) + "\n",
                None => tr!("cli-summary-no-reported") + "\n",
            };
        }
        let show = |metric: Metric, value: i64| {
            if metric.is_money() {
                money_text(value, exact)
            } else {
                format::count(value)
            }
        };
        let mut rows = Vec::new();
        let mut notes = Vec::new();
        for comparison in &comparisons {
            let metric = comparison.metric;
            // Not compared is not unknown: the cell stays empty.
            let tracked_text = match comparison.tracked {
                Some(value) => show(metric, value),
                None if comparison.compared => UNKNOWN.into(),
                None => String::new(),
            };
            let coverage = match comparison.coverage {
                Some(p) => format::percent(p.tenths),
                None if comparison.compared => UNKNOWN.into(),
                None => String::new(),
            };
            let (reported_text, as_of) = match &comparison.reported {
                Some((indicator, source)) => {
                    if !notes.contains(source) {
                        notes.push(source.clone());
                    }
                    let value = crate::i18n::qualified(indicator.qualifier, show(metric, indicator.value));
                    (value, format::date(&indicator.as_of))
                }
                None => (UNKNOWN.into(), UNKNOWN.into()),
            };
            rows.push(vec![
                comparison_label(metric),
                tracked_text,
                reported_text,
                coverage,
                as_of,
            ]);
        }
        let width = (style != Style::Markdown).then_some(80);
        let title = comparison_title(self.filtered);
        let mut out = if style == Style::Markdown {
            format!("**{title}**\n\n")
        } else {
            format!("{title}\n")
        };
        out.push_str(&table::render(
            style,
            &[
                tr!("cli-summary-portfolio").as_str(),
                tr!("cli-summary-tracked").as_str(),
                tr!("cli-summary-reported").as_str(),
                tr!("cli-summary-coverage").as_str(),
                tr!("cli-summary-as-of").as_str(),
            ],
            &rows,
            &[false, true, true, true, false],
            width,
        ));
        for note in notes {
            let line = tr!("cli-summary-source", source = crate::domain::text::for_terminal(&note));
            if style == Style::Markdown {
                out.push_str(&format!("\n{line}\n"));
            } else {
                let line = if style == Style::Boxed(Charset::Ascii) {
                    crate::domain::text::truncate_with(&super::ascii_marks(&line), 80, "...")
                } else {
                    crate::domain::text::truncate_to_width(&line, 80)
                };
                out.push_str(&line);
                out.push('\n');
            }
        }
        out
    }

    fn share(&self, totals: &Totals) -> String {
        if self.total.investment > 0 && totals.investment_unknown < totals.projects {
            percent(totals.investment, self.total.investment)
        } else {
            UNKNOWN.into()
        }
    }
}

/// Whether a figure dated `reported` counts by `by`: one rule for every date, closed or
/// open, that its earliest possible day is on or before the last possible day of `by`
/// (its first, when `by`'s end is open). An open start ("not after 06.2024") may be any
/// day before, so it always counts.
fn reported_by(reported: &EdtfDate, by: &EdtfDate) -> bool {
    let Some(by) = by.latest().or(by.earliest()) else {
        return false;
    };
    reported.earliest().is_none_or(|first| first <= by)
}

impl Reported {
    /// The latest `portfolio` figure of each metric known to be reported by `as_of`.
    pub fn latest(store: &Store, as_of: Option<EdtfDate>) -> Result<Self, StoreError> {
        let indicators = store.indicators()?;
        let sources = store.sources()?;
        let pick = |metric: Metric| {
            // The store gives the figures in the order they were reported.
            indicators
                .iter()
                .rfind(|i| {
                    i.scope == "portfolio"
                        && i.metric == metric
                        && as_of.as_ref().is_none_or(|date| reported_by(&i.as_of, date))
                })
                .map(|i| {
                    let source = sources
                        .iter()
                        .find(|s| s.id == i.source_id)
                        .map(|s| format!("#{} {}", s.id, s.publisher))
                        .unwrap_or_else(|| format!("#{}", i.source_id));
                    (i.clone(), source)
                })
        };
        Ok(Self {
            figures: SERIES.into_iter().filter_map(pick).collect(),
            as_of,
        })
    }
}

/// A tracked figure held against a reported one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub metric: Metric,
    /// Whether ortaq tracks this kind per project; if not (trade contracts, jobs of
    /// unrecorded kind) the reported figure is shown alone.
    pub compared: bool,
    /// `None` where no project has a figure, or the kind is not compared.
    pub tracked: Option<i64>,
    /// The latest reported figure and its source, as `#id publisher`.
    pub reported: Option<(Indicator, String)>,
    /// The tracked figure as a share of the reported one.
    pub coverage: Option<Percent>,
}

/// The comparison's title, worded once for the command line, the documents and the
/// interface: `Tracked vs reported`, `Учтено и заявлено официально`; filtered, it says
/// that only the projects shown are summed while the reported figures are the whole
/// portfolio's.
pub fn comparison_title(filtered: bool) -> String {
    if filtered {
        tr!("cli-summary-comparison-filtered")
    } else {
        tr!("cli-summary-comparison")
    }
}

/// What a comparison line is called: `Jobs created`, `Создано рабочих мест`.
pub fn comparison_label(metric: Metric) -> String {
    crate::i18n::metric_label(metric)
}

/// A grouping's column header: `Status`, `Статус`.
pub(super) fn dimension_label(dimension: Dimension) -> String {
    match dimension {
        Dimension::Status => tr!("cli-dimension-status"),
        Dimension::Country => tr!("cli-dimension-country"),
        Dimension::Sector => tr!("cli-dimension-sector"),
    }
}

/// A group's key as people read it: a status or country in the language (the code
/// where the language writes codes), a sector as stored, `(unknown)` where none is.
pub(super) fn key_label(dimension: Dimension, key: Option<&str>) -> String {
    let Some(key) = key else {
        return tr!("cli-summary-unknown");
    };
    match dimension {
        Dimension::Status => Status::parse(key).map_or_else(|_| key.to_string(), crate::i18n::status_label),
        Dimension::Country => Country::parse(key).map_or_else(|_| key.to_string(), country_short),
        Dimension::Sector => crate::i18n::sector_label(key),
    }
}

/// A country in a narrow column: `KZ` in English, `Казахстан` in Russian.
pub(crate) fn country_short(country: Country) -> String {
    match country {
        Country::Kazakhstan => tr!("cli-country-kz"),
        Country::Uzbekistan => tr!("cli-country-uz"),
        Country::Both => tr!("cli-country-both"),
    }
}

/// A share in tenths of a percent, rounded half up, computed in integers (so the
/// interface and the command line can never disagree: 9 of 144 is 6.3% in both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Percent {
    pub tenths: i64,
}

impl Percent {
    /// `part` as a share of `whole`; `None` when the whole is not positive.
    pub fn of(part: i64, whole: i64) -> Option<Self> {
        if whole <= 0 {
            return None;
        }
        let tenths = (i128::from(part) * 1000 + i128::from(whole) / 2) / i128::from(whole);
        Some(Self {
            tenths: i64::try_from(tenths).unwrap_or(i64::MAX),
        })
    }
}

impl std::fmt::Display for Percent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}%", self.tenths / 10, self.tenths % 10)
    }
}

/// `part` as a percentage of `whole`, one decimal; unknown when the whole is not positive.
fn percent(part: i64, whole: i64) -> String {
    Percent::of(part, whole).map_or(UNKNOWN.into(), |p| format::percent(p.tenths))
}

/// Dollars in full (`$3,400,000,000`) or compact (`$3.4B`), as the language writes them.
pub(super) fn money_text(dollars: i64, exact: bool) -> String {
    if exact {
        format::money_full(dollars)
    } else {
        format::money_compact(dollars)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One rule: a figure counts when its earliest possible day is on or before the last
    /// day of the as-of date, whether its date is a closed period or an open bound.
    #[test]
    fn a_figure_counts_by_its_earliest_possible_day() {
        let date = |text: &str| text.parse::<EdtfDate>().unwrap_or_else(|e| panic!("{text}: {e}"));
        for (reported, by, counts) in [
            ("2024", "2024-03-01", true),
            ("2024-37", "2024-01-01", true),
            ("2024-24", "2024-12", true),
            ("2024-24", "2024-11-30", false),
            ("2024-09/..", "2024-09-15", true),
            ("2024-09/..", "2024-08-31", false),
            ("../2024-06", "2020", true),
            ("2024-09/2024-12", "2024-09-01", true),
            ("2024-10", "2024-09-30", false),
            ("2024-07-12", "2024-07-12", true),
            ("2024-07-12", "2024-07-11", false),
            ("2024-07-12", "2024-09/..", true),
        ] {
            assert_eq!(reported_by(&date(reported), &date(by)), counts, "{reported} by {by}");
        }
    }

    #[test]
    fn nine_of_144_is_the_same_share_everywhere() {
        assert_eq!(Percent::of(9, 144).map(|p| p.to_string()).as_deref(), Some("6.3%"));
        assert_eq!(Percent::of(1, 0), None);
    }

    #[test]
    fn percentages_are_rounded_to_a_tenth() {
        assert_eq!(percent(9, 74), "12.2%");
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(2, 3), "66.7%");
        assert_eq!(percent(5, 0), UNKNOWN);
    }
}
