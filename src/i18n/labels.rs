//! Labels of ortaq's closed sets: statuses, countries, reported metrics. Codes (the
//! stored and scriptable form: `construction`, `KZ+UZ`) stay the same in every language;
//! labels are for people.

use crate::domain::text::for_terminal;
use crate::domain::{Country, Project, Status};
use crate::i18n::format;
use crate::store::{Indicator, Metric, Qualifier, scope_code};
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

/// A figure as the text gives it: `over 14,000` / `более 14 000`; exact says nothing.
pub fn qualified(qualifier: Qualifier, value: String) -> String {
    match qualifier {
        Qualifier::Exact => value,
        Qualifier::Over => tr!("qualified-over", value = value),
        Qualifier::AtLeast => tr!("qualified-at-least", value = value),
        Qualifier::About => tr!("qualified-about", value = value),
        Qualifier::UpTo => tr!("qualified-up-to", value = value),
    }
}

/// How the text gives a figure, as a word: `over` / `более`; empty where exact.
pub fn qualifier_word(qualifier: Qualifier) -> String {
    match qualifier {
        Qualifier::Exact => String::new(),
        Qualifier::Over => tr!("qualifier-over"),
        Qualifier::AtLeast => tr!("qualifier-at-least"),
        Qualifier::About => tr!("qualifier-about"),
        Qualifier::UpTo => tr!("qualifier-up-to"),
    }
}

/// A reported figure's scope in the language spoken where ortaq knows it (`portfolio`,
/// `implemented in KZ`, ...), else as stored: scopes are free text. Known by
/// [`scope_code`], so a scope stored in Russian before it was read as its code shows too.
pub fn scope_label(scope: &str) -> String {
    match scope_code(scope).as_str() {
        "portfolio" => tr!("scope-portfolio"),
        "implemented" => tr!("scope-implemented"),
        "promising" => tr!("scope-promising"),
        "in preparation" => tr!("scope-in-preparation"),
        "planned in kz" => tr!("scope-planned-in-kz"),
        "implemented in kz" => tr!("scope-implemented-in-kz"),
        "implemented in uz" => tr!("scope-implemented-in-uz"),
        _ => scope.to_string(),
    }
}

/// A project's name in the language spoken: its Russian name in Russian, where it has one.
pub fn project_name(project: &Project) -> &str {
    name_spoken(&project.name, project.name_ru.as_deref())
}

/// As [`project_name`], for a project marked on the map.
pub fn placed_name(place: &crate::store::Placed) -> &str {
    name_spoken(&place.name, place.name_ru.as_deref())
}

/// As [`project_name`], for a project named in the digest or the activity.
pub fn project_ref_name(project: &crate::store::ProjectRef) -> &str {
    name_spoken(&project.name, project.name_ru.as_deref())
}

fn name_spoken<'a>(name: &'a str, name_ru: Option<&'a str>) -> &'a str {
    match (super::language(), name_ru) {
        (super::Lang::Ru, Some(russian)) if !russian.trim().is_empty() => russian,
        _ => name,
    }
}

/// What a figure counts, as a word in a sentence: `investment` / `инвестиции`.
pub fn metric_word(metric: Metric) -> String {
    match metric {
        Metric::Projects => tr!("cli-metric-projects"),
        Metric::Investment => tr!("cli-metric-investment"),
        Metric::JobsCreated => tr!("cli-metric-jobs-created"),
        Metric::JobsPlanned => tr!("cli-metric-jobs-planned"),
        Metric::Jobs => tr!("cli-metric-jobs"),
        Metric::TradeContracts => tr!("cli-metric-trade-contracts"),
        Metric::TradeContractsValue => tr!("cli-metric-trade-contracts-value"),
    }
}

/// A reported figure in one line, as `indicator list` shows it and as a refusal names
/// it: `#11 not before 09.2024 portfolio: projects 74 (source #1)`.
pub fn figure_line(figure: &Indicator) -> String {
    let value = if figure.metric.is_money() {
        format::money_full(figure.value)
    } else {
        format::count(figure.value)
    };
    format!(
        "#{} {} {}: {} {} ({})",
        figure.id,
        format::date(&figure.as_of),
        for_terminal(&scope_label(&figure.scope)),
        metric_word(figure.metric),
        qualified(figure.qualifier, value),
        tr!("cli-source-ref", id = figure.source_id.to_string()),
    )
}
