//! `ortaq digest`: what was entered in a window of time, in every report format. WHEN
//! is a date (`2024-10-22`, `22.10.2024`, `today`: from local midnight), a span back
//! from now (`7d`, `2w`) or an RFC 3339 time.

use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Duration, Local, TimeZone, Utc};

use super::output::{emit, message};
use super::{DigestArgs, records};
use crate::domain::EdtfDate;
use crate::report::{self, Format, digest, document};
use crate::store::Store;
use crate::tr;

/// A stored UTC timestamp for WHEN, read at `now`; `None` when it is none of the forms.
pub fn parse_when(input: &str, now: DateTime<Local>) -> Option<String> {
    let input = input.trim();
    let stamp = |t: DateTime<Utc>| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    if let Ok(time) = DateTime::parse_from_rfc3339(input) {
        return Some(stamp(time.with_timezone(&Utc)));
    }
    // The unit is the last character, which in Russian is two bytes (`7д`, `2н`).
    let unit_at = input.char_indices().last().map_or(0, |(at, _)| at);
    if let Some((number, unit)) = input.split_at_checked(unit_at) {
        let days = match unit {
            "d" | "д" => Some(1),
            "w" | "н" => Some(7),
            _ => None,
        };
        if let (Some(days), Ok(n)) = (days, number.parse::<i64>()) {
            let back = Duration::try_days(n.checked_mul(days)?)?;
            return Some(stamp(now.checked_sub_signed(back)?.with_timezone(&Utc)));
        }
    }
    let date = EdtfDate::parse(input, now.date_naive()).ok()?;
    let day = date.as_day()?;
    let midnight = Local.from_local_datetime(&day.and_hms_opt(0, 0, 0)?).earliest()?;
    Some(stamp(midnight.with_timezone(&Utc)))
}

fn when(option: &str, input: &str) -> Result<String> {
    parse_when(input, Local::now())
        .ok_or_else(|| anyhow::anyhow!("{option}: {}", tr!("report-bad-when", when = format!("{input:?}"))))
}

/// Runs `ortaq digest`.
pub fn run(store: &Store, args: &DigestArgs) -> Result<()> {
    let since = when("--since", &args.since)?;
    let until = args.until.as_deref().map(|u| when("--until", u)).transpose()?;
    let query = records::query(store, &args.filters)?;
    let found = store.digest(&since, until.as_deref())?;
    let keep = |id: i64| !query.is_filtered() || store.project(id).map(|p| digest::keeps(&query, &p)).unwrap_or(true);
    let mut document = digest::build(&found, &store.sources()?, &keep);
    // The agreements' events in the window (issue 24), after the projects'.
    let agreements = store.agreement_digest(&found.since, &found.until)?;
    let today = chrono::Local::now().date_naive();
    let section = crate::report::meetings::digest_section(&agreements, &store.meetings()?, today);
    document.sections.push(section);
    write(
        &document,
        args.to.format,
        args.to.output.as_deref(),
        args.to.force,
        store.path(),
    )
}

/// Writes a document in a format: text formats to standard output or a file, xlsx
/// only to a file.
pub fn write(
    document: &document::Document,
    format: Format,
    output: Option<&Path>,
    force: bool,
    database: &Path,
) -> Result<()> {
    let bytes = report::render(document, format).map_err(|e| anyhow::anyhow!("xlsx: {e}"))?;
    match output {
        None if format == Format::Xlsx => super::output::emit_binary(&bytes, "xlsx"),
        None => emit(&String::from_utf8_lossy(&bytes)),
        Some(path) => {
            super::files::write_export(path, &bytes, force, database)?;
            message(&tr!("report-written", file = path.display().to_string()));
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Local> {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Local))
            .unwrap_or_default()
    }

    #[test]
    fn every_form_of_when_is_read() {
        let now = at("2024-10-29T12:00:00Z");
        assert_eq!(parse_when("7d", now).as_deref(), Some("2024-10-22T12:00:00Z"));
        assert_eq!(parse_when("2w", now).as_deref(), Some("2024-10-15T12:00:00Z"));
        assert_eq!(
            parse_when("7д", now),
            parse_when("7d", now),
            "the Russian unit is a character, not a byte"
        );
        assert_eq!(parse_when("2н", now), parse_when("2w", now));
        assert_eq!(
            parse_when("2024-10-22T09:00:00+05:00", now).as_deref(),
            Some("2024-10-22T04:00:00Z")
        );
        assert_eq!(parse_when("2024-10-22", now), parse_when("22.10.2024", now));
        assert!(parse_when("2024-10-22", now).is_some());
        assert!(parse_when("today", now).is_some());
        assert_eq!(parse_when("2024-10", now), None);
        assert_eq!(parse_when("soon", now), None);
    }
}
