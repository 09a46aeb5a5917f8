//! The agenda (meeting pack) of a meeting (issue 24): agreements due by it, overdue ones
//! first, the other open ones, what changed in the portfolio since the previous meeting
//! (the digest), where the portfolio stands (the summary, tracked against reported), how
//! the reported figures moved, and every source cited. One [`Document`], drawn by every renderer.

use chrono::NaiveDate;

use super::document::{Cell, Document, Section};
use super::list_document::sources_section;
use super::meetings::agreements_section;
use super::summary::Summary;
use super::{digest, summary_document};
use crate::domain::{Agreement, Meeting};
use crate::i18n::{format, meetings as words};
use crate::store::{Digest, Source};
use crate::tr;

/// What an agenda is made of, read from the store by the caller.
pub struct AgendaParts<'a> {
    /// The meeting it is for; `None` when none is planned (agreements due by today).
    pub meeting: Option<&'a Meeting>,
    /// The meeting before it, from which the digest runs.
    pub previous: Option<&'a Meeting>,
    /// The day the digest runs from, when it was given as a day rather than a meeting.
    pub since_day: Option<&'a crate::domain::EdtfDate>,
    pub agreements: &'a [Agreement],
    pub meetings: &'a [Meeting],
    pub digest: &'a Digest,
    /// The agreements' events in the digest's window.
    pub agreement_digest: &'a crate::store::AgreementDigest,
    pub summary: &'a Summary,
    /// The reported portfolio figures over time, drawn as a line per kind.
    pub trend: &'a [super::trend::TrendPoint],
    pub sources: &'a [Source],
    pub today: NaiveDate,
}

fn meeting_words(meeting: &Meeting) -> String {
    let number = meeting.number.map(|n| format!(" №{n}")).unwrap_or_default();
    format!(
        "{}{number}, {}, {}",
        words::kind(meeting.kind),
        crate::i18n::meeting_place(&meeting.place),
        format::date(&meeting.date)
    )
}

/// The agreements due by `day`, overdue ones first; and the other open ones.
fn split(agreements: &[Agreement], day: NaiveDate, today: NaiveDate) -> (Vec<&Agreement>, Vec<&Agreement>) {
    let (mut due, rest): (Vec<&Agreement>, Vec<&Agreement>) = agreements.iter().partition(|a| a.is_due_by(day));
    due.sort_by_key(|a| (!a.is_overdue(today), a.due.as_ref().and_then(|d| d.latest()), a.id));
    let open = rest.into_iter().filter(|a| !a.status.is_closed()).collect();
    (due, open)
}

pub fn build(parts: &AgendaParts<'_>) -> Document {
    let day = parts.meeting.and_then(|m| m.date.latest()).unwrap_or(parts.today);
    let (due, open) = split(parts.agreements, day, parts.today);
    let title = match parts.meeting {
        Some(meeting) => tr!("report-agenda-title", meeting = meeting_words(meeting)),
        None => tr!("report-agenda-title-none"),
    };
    let state = parts
        .meeting
        .map(|m| words::state(m.state(parts.today)))
        .unwrap_or_else(|| tr!("report-agenda-no-meeting"));
    let previous = parts
        .previous
        .map_or_else(|| tr!("report-agenda-no-previous"), meeting_words);
    let mut sections = vec![
        agreements_section("due", tr!("report-agenda-due"), &due, parts.meetings, parts.today),
        agreements_section("open", tr!("report-agenda-open"), &open, parts.meetings, parts.today),
    ];
    let changes = digest::build(parts.digest, parts.sources, &|_| true);
    sections.extend(changes.sections);
    sections.push(super::meetings::digest_section(
        parts.agreement_digest,
        parts.meetings,
        parts.today,
    ));
    let summary = summary_document::build(parts.summary, parts.sources);
    let trend = summary_document::trend(parts.trend, parts.sources);
    let mut cited: Vec<i64> = Vec::new();
    for section in summary.sections.into_iter().chain(trend.sections) {
        if section.key == "sources" {
            cited.extend(section.rows.iter().filter_map(|row| match row.first() {
                Some(Cell::Id(id)) => Some(*id),
                _ => None,
            }));
        } else {
            sections.push(section);
        }
    }
    cited.extend(parts.meeting.and_then(|m| m.source_id));
    cited.extend(parts.previous.and_then(|m| m.source_id));
    cited.extend(due.iter().chain(&open).filter_map(|a| a.source_id));
    let cited: Vec<&Source> = parts.sources.iter().filter(|s| cited.contains(&s.id)).collect();
    sections.push(Section {
        title: tr!("report-agenda-sources"),
        ..sources_section(&cited)
    });
    let mut facts = vec![("today", parts.today.to_string())];
    facts.extend(parts.meeting.map(|m| ("meeting", m.id.to_string())));
    facts.extend(parts.previous.map(|m| ("previous", m.id.to_string())));
    facts.extend(changes.facts);
    Document {
        title,
        subtitle: format!(
            "{}. {}",
            match parts.since_day {
                Some(day) => tr!("report-agenda-subtitle-since", state = state, since = format::date(day)),
                None => tr!("report-agenda-subtitle", state = state, previous = previous),
            },
            changes.subtitle
        ),
        facts,
        sections,
        empty: tr!("report-none"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::AgreementStatus;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn agreement(id: i64, due: Option<&str>, status: AgreementStatus) -> Agreement {
        Agreement {
            id,
            meeting_id: 1,
            text: format!("item {id}"),
            side: None,
            responsible: None,
            due: due.map(|d| d.parse().unwrap()),
            status,
            source_id: None,
            projects: Vec::new(),
            version: 1,
        }
    }

    #[test]
    fn due_by_the_meeting_lists_overdue_first_and_the_rest_stay_open() {
        let all = [
            agreement(1, Some("2025-10-20"), AgreementStatus::Open),
            agreement(2, Some("2025-06"), AgreementStatus::Open),
            agreement(3, Some("2025-05"), AgreementStatus::Done),
            agreement(4, None, AgreementStatus::InProgress),
            agreement(5, Some("2026"), AgreementStatus::Open),
            agreement(6, None, AgreementStatus::Dropped),
        ];
        let (due, open) = split(&all, day(2025, 10, 23), day(2025, 9, 1));
        let ids = |list: &[&Agreement]| list.iter().map(|a| a.id).collect::<Vec<_>>();
        // On 1 September 2025, #2 (June) is overdue; #3 is done; #1 is due on 20 October.
        assert_eq!(ids(&due), vec![2, 3, 1]);
        assert_eq!(ids(&open), vec![4, 5]);
    }
}
