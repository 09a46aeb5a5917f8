//! The summary as exact data: CSV (a row per group and the total) and JSON (the groups,
//! the total, and the latest reported figures with their sources), the same in every
//! language.

use serde::Serialize;

use super::summary::Summary;
use crate::store::{Metric, Totals};

pub(super) fn csv(summary: &Summary) -> String {
    let mut header: Vec<String> = summary.by.iter().map(|d| d.name().to_string()).collect();
    header.extend(TOTALS_KEYS.iter().map(|k| k.to_string()));
    let row = |labels: Vec<String>, totals: &Totals| {
        let mut record = labels;
        record.extend(totals_values(totals).map(|v| v.map(|n| n.to_string()).unwrap_or_default()));
        record
    };
    let mut rows = vec![header];
    for group in &summary.groups {
        rows.push(row(
            group.keys.iter().map(|k| k.clone().unwrap_or_default()).collect(),
            &group.totals,
        ));
    }
    let mut total_labels = vec![String::new(); summary.by.len()];
    if let Some(first) = total_labels.first_mut() {
        *first = "total".into();
    }
    rows.push(row(total_labels, &summary.total));
    crate::exchange::spreadsheet::write_csv(rows)
}

pub(super) fn json(summary: &Summary) -> String {
    let group = |keys: Option<&[Option<String>]>, totals: &Totals| JsonTotals {
        group: keys.map(|keys| {
            summary
                .by
                .iter()
                .zip(keys)
                .map(|(d, k)| (d.name().to_string(), k.clone()))
                .collect()
        }),
        projects: totals.projects,
        investment: (totals.investment_unknown < totals.projects).then_some(totals.investment),
        investment_unknown: totals.investment_unknown,
        jobs_planned: (totals.jobs_planned_unknown < totals.projects).then_some(totals.jobs_planned),
        jobs_planned_unknown: totals.jobs_planned_unknown,
        jobs_created: (totals.jobs_created_unknown < totals.projects).then_some(totals.jobs_created),
        jobs_created_unknown: totals.jobs_created_unknown,
        unreadable: totals.unreadable,
    };
    let reported = |metric: Metric| {
        summary.reported.get(metric).map(|(indicator, source)| JsonReported {
            value: indicator.value,
            qualifier: indicator.qualifier.as_str(),
            as_of: indicator.as_of.to_string(),
            source_id: indicator.source_id,
            source: source.clone(),
        })
    };
    let document = JsonSummary {
        group_by: summary.by.iter().map(|d| d.name()).collect(),
        filtered: summary.filtered,
        groups: summary.groups.iter().map(|g| group(Some(&g.keys), &g.totals)).collect(),
        total: group(None, &summary.total),
        reported: JsonReportedSet {
            projects: reported(Metric::Projects),
            investment: reported(Metric::Investment),
            jobs_created: reported(Metric::JobsCreated),
            jobs_planned: reported(Metric::JobsPlanned),
            trade_contracts: reported(Metric::TradeContracts),
            trade_contracts_value: reported(Metric::TradeContractsValue),
            jobs: reported(Metric::Jobs),
        },
    };
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_default();
    out.push('\n');
    out
}

const TOTALS_KEYS: [&str; 7] = [
    "projects",
    "investment",
    "investment_unknown",
    "jobs_planned",
    "jobs_planned_unknown",
    "jobs_created",
    "jobs_created_unknown",
];

/// The totals in [`TOTALS_KEYS`] order; sums are `None` where no figure is known.
fn totals_values(t: &Totals) -> [Option<i64>; 7] {
    let known = |sum: i64, unknown: i64| (unknown < t.projects).then_some(sum);
    [
        Some(t.projects),
        known(t.investment, t.investment_unknown),
        Some(t.investment_unknown),
        known(t.jobs_planned, t.jobs_planned_unknown),
        Some(t.jobs_planned_unknown),
        known(t.jobs_created, t.jobs_created_unknown),
        Some(t.jobs_created_unknown),
    ]
}

#[derive(Serialize)]
struct JsonSummary {
    group_by: Vec<&'static str>,
    /// Only some projects are summed; `reported` is the whole portfolio's.
    filtered: bool,
    groups: Vec<JsonTotals>,
    total: JsonTotals,
    reported: JsonReportedSet,
}

#[derive(Serialize)]
struct JsonTotals {
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<std::collections::BTreeMap<String, Option<String>>>,
    projects: i64,
    investment: Option<i64>,
    investment_unknown: i64,
    jobs_planned: Option<i64>,
    jobs_planned_unknown: i64,
    jobs_created: Option<i64>,
    jobs_created_unknown: i64,
    /// Projects whose figures another tool wrote against the schema: not summed.
    unreadable: i64,
}

/// The kinds ortaq compares are always there (null where not reported); the others
/// only where reported.
#[derive(Serialize)]
struct JsonReportedSet {
    projects: Option<JsonReported>,
    investment: Option<JsonReported>,
    jobs_created: Option<JsonReported>,
    jobs_planned: Option<JsonReported>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trade_contracts: Option<JsonReported>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trade_contracts_value: Option<JsonReported>,
    /// Jobs recorded before ortaq told created from planned apart.
    #[serde(skip_serializing_if = "Option::is_none")]
    jobs: Option<JsonReported>,
}

#[derive(Serialize)]
struct JsonReported {
    value: i64,
    /// `exact`, `over`, `at_least`, `about` or `up_to`.
    qualifier: &'static str,
    as_of: String,
    source_id: i64,
    source: String,
}
