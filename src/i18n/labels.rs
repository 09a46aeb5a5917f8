//! Labels of ortaq's closed sets: statuses, countries, reported metrics. Codes (the
//! stored and scriptable form: `construction`, `KZ+UZ`) stay the same in every language;
//! labels are for people.

use crate::domain::{Country, Project, Status};
use crate::store::Metric;
use crate::tr;

/// `construction` / `строительство`.
pub fn status_label(status: Status) -> String {
    match status {
        Status::Proposed => tr!("status-proposed"),
        Status::Agreed => tr!("status-agreed"),
        Status::Construction => tr!("status-construction"),
        Status::Operating => tr!("status-operating"),
        Status::Suspended => tr!("status-suspended"),
        Status::Cancelled => tr!("status-cancelled"),
    }
}

/// `Kazakhstan` / `Казахстан`.
pub fn country_label(country: Country) -> String {
    match country {
        Country::Kazakhstan => tr!("country-kz"),
        Country::Uzbekistan => tr!("country-uz"),
        Country::Both => tr!("country-both"),
    }
}

/// `Projects` / `Проекты`.
pub fn metric_label(metric: Metric) -> String {
    match metric {
        Metric::Projects => tr!("metric-projects"),
        Metric::Investment => tr!("metric-investment"),
        Metric::JobsCreated => tr!("metric-jobs-created"),
        Metric::JobsPlanned => tr!("metric-jobs-planned"),
        Metric::Jobs => tr!("metric-jobs"),
        Metric::TradeContracts => tr!("metric-trade-contracts"),
        Metric::TradeContractsValue => tr!("metric-trade-contracts-value"),
    }
}

/// A project's name in the language spoken: its Russian name in Russian, where it has one.
pub fn project_name(project: &Project) -> &str {
    match (super::language(), project.name_ru.as_deref()) {
        (super::Lang::Ru, Some(russian)) if !russian.trim().is_empty() => russian,
        _ => &project.name,
    }
}
