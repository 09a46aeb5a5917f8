//! The commission's meetings, forums and talks: when and where they were (or are to
//! be), and whether they are on record as held. An announced meeting whose date has
//! passed is never assumed held.

use chrono::NaiveDate;

use super::EdtfDate;

/// What kind of meeting it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MeetingKind {
    /// A meeting of the Intergovernmental Commission.
    Commission,
    /// A forum of interregional cooperation.
    Forum,
    /// Talks of the heads of state.
    Talks,
    /// A working group, or officials below the commission.
    WorkingGroup,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 4] = [Self::Commission, Self::Forum, Self::Talks, Self::WorkingGroup];

    /// The stored code, the same in every language.
    pub fn code(self) -> &'static str {
        match self {
            Self::Commission => "commission",
            Self::Forum => "forum",
            Self::Talks => "talks",
            Self::WorkingGroup => "working_group",
        }
    }

    /// A kind from its code (or the code with a hyphen or a space), or its words in
    /// English or Russian (`рабочая группа`, `рабочая встреча`, `заседание МПК`).
    pub fn parse(text: &str) -> Option<Self> {
        let wanted = text.trim().to_lowercase().replace(['-', ' '], "_");
        if let Some(kind) = Self::ALL.into_iter().find(|kind| kind.code() == wanted) {
            return Some(kind);
        }
        let words = wanted.replace('_', " ");
        KIND_WORDS
            .iter()
            .find(|(_, names)| names.contains(&words.as_str()))
            .map(|(kind, _)| *kind)
    }
}

/// The words people write for a kind of meeting.
const KIND_WORDS: &[(MeetingKind, &[&str])] = &[
    (
        MeetingKind::Commission,
        &[
            "commission meeting",
            "заседание межправкомиссии",
            "заседание мпк",
            "заседание комиссии",
            "заседание",
            "межправкомиссия",
            "мпк",
        ],
    ),
    (MeetingKind::Forum, &["форум", "форум межрегионального сотрудничества"]),
    (MeetingKind::Talks, &["переговоры", "встреча глав государств"]),
    (
        MeetingKind::WorkingGroup,
        &[
            "working group",
            "рабочая группа",
            "рабочая",
            "рабочая встреча",
            "совещание",
        ],
    ),
];

/// Where a meeting stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingState {
    /// On record as held.
    Held,
    /// Its last possible day is today or later, and it is not on record as held.
    Planned,
    /// Announced; its date has passed with nothing recorded: not assumed held.
    NotRecordedAsHeld,
}

/// A meeting as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: i64,
    /// As precise as the source: "22–23 October 2025" is the interval
    /// `2025-10-22/2025-10-23`.
    pub date: EdtfDate,
    pub place: String,
    pub kind: MeetingKind,
    /// Its number in the series where the source gives one ("21st").
    pub number: Option<i64>,
    pub co_chairs: Option<String>,
    /// What the source calls it, where it names it.
    pub title: Option<String>,
    /// Whether a source records it as held.
    pub held: bool,
    pub source_id: Option<i64>,
    pub version: i64,
}

impl Meeting {
    /// Where the meeting stands on `today`.
    pub fn state(&self, today: NaiveDate) -> MeetingState {
        meeting_state(&self.date, self.held, today)
    }

    /// Whether the meeting's words or date hold the folded fragment; `places` are the
    /// names of its place in every language (`Khiva`, `Хива`), the stored one among them.
    pub fn matches(&self, folded: &str, places: &[String]) -> bool {
        let fold = super::text::fold;
        fold(&self.place).contains(folded)
            || places.iter().any(|p| fold(p).contains(folded))
            || self.date.as_str().contains(folded)
            || self.title.as_deref().is_some_and(|t| fold(t).contains(folded))
            || fold(self.kind.code()).contains(folded)
    }
}

/// Where a meeting of `date` stands on `today`: held only when recorded as held.
pub fn meeting_state(date: &EdtfDate, held: bool, today: NaiveDate) -> MeetingState {
    if held {
        return MeetingState::Held;
    }
    match date.latest() {
        Some(last) if last < today => MeetingState::NotRecordedAsHeld,
        _ => MeetingState::Planned,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn khiva() -> EdtfDate {
        "2025-10-22/2025-10-23".parse().unwrap()
    }

    #[test]
    fn an_announced_meeting_is_planned_until_its_last_day_then_not_assumed_held() {
        assert_eq!(meeting_state(&khiva(), false, day(2025, 10, 1)), MeetingState::Planned);
        assert_eq!(meeting_state(&khiva(), false, day(2025, 10, 23)), MeetingState::Planned);
        assert_eq!(
            meeting_state(&khiva(), false, day(2025, 10, 24)),
            MeetingState::NotRecordedAsHeld
        );
        assert_eq!(meeting_state(&khiva(), true, day(2025, 10, 24)), MeetingState::Held);
    }

    #[test]
    fn twenty_two_to_twenty_three_october_is_an_interval_of_two_days() {
        let date = khiva();
        assert_eq!(date.earliest(), Some(day(2025, 10, 22)));
        assert_eq!(date.latest(), Some(day(2025, 10, 23)));
        let typed = EdtfDate::parse("22.10.2025–23.10.2025", day(2025, 9, 1)).unwrap();
        assert_eq!(typed, date);
    }

    #[test]
    fn kinds_read_their_codes_only() {
        assert_eq!(MeetingKind::parse("working-group"), Some(MeetingKind::WorkingGroup));
        assert_eq!(MeetingKind::parse("Commission"), Some(MeetingKind::Commission));
        assert_eq!(MeetingKind::parse("summit"), None);
    }
}
