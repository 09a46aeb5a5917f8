//! A project's values in words, in the language spoken: what the detail shows and what
//! every save says it stored (the interface's status line and `ortaq set` alike).

use crate::domain::Field;
use crate::i18n::Lang;

/// A field's value as the detail shows it, in the language spoken; stored text as is.
pub fn field_value(sources: &[crate::store::Source], project: &crate::domain::Project, field: Field) -> String {
    match field {
        Field::Source => project.source_id.map(|id| source_name(sources, id)).unwrap_or_default(),
        source if source.is_source() => project
            .source_in(source)
            .map(|id| source_name(sources, id))
            .unwrap_or_default(),
        Field::Investment => project
            .investment
            .map(|m| crate::i18n::format::money_full(m.dollars()))
            .unwrap_or_default(),
        Field::JobsPlanned => project.jobs_planned.map(crate::i18n::format::count).unwrap_or_default(),
        Field::JobsCreated => project.jobs_created.map(crate::i18n::format::count).unwrap_or_default(),
        Field::Started => project
            .started
            .as_ref()
            .map(crate::i18n::format::date)
            .unwrap_or_default(),
        Field::Completed => project
            .completed
            .as_ref()
            .map(crate::i18n::format::date)
            .unwrap_or_default(),
        Field::Latitude => project
            .latitude
            .map(crate::i18n::format::coordinate)
            .unwrap_or_default(),
        Field::Longitude => project
            .longitude
            .map(crate::i18n::format::coordinate)
            .unwrap_or_default(),
        Field::Status if crate::i18n::language() != Lang::En => {
            project.status.map(crate::i18n::status_label).unwrap_or_default()
        }
        Field::Country if crate::i18n::language() != Lang::En => project
            .country
            .map(|c| format!("{} ({})", c.code(), crate::i18n::country_label(c)))
            .unwrap_or_default(),
        Field::Sector => project
            .sector
            .as_deref()
            .map(crate::i18n::sector_label)
            .unwrap_or_default(),
        Field::Region => project
            .region
            .as_deref()
            .map(crate::i18n::place_label)
            .unwrap_or_default(),
        other => project.display(other),
    }
}

/// A source in a sentence: `#2 UzA — Title`.
pub fn source_name(sources: &[crate::store::Source], id: i64) -> String {
    match sources.iter().find(|s| s.id == id) {
        Some(source) => format!("#{id} {} — {}", source.publisher, source.title),
        None => format!("#{id}"),
    }
}
