//! What a meeting agreed (поручения): an item of a protocol or an action plan, who is to
//! do it, by when, and how far it has come. Overdue is computed on a given day, never
//! stored.

use chrono::NaiveDate;

use super::EdtfDate;

/// Which side is responsible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    Kz,
    Uz,
    Both,
}

impl Side {
    pub const ALL: [Side; 3] = [Self::Kz, Self::Uz, Self::Both];

    pub fn code(self) -> &'static str {
        match self {
            Self::Kz => "kz",
            Self::Uz => "uz",
            Self::Both => "both",
        }
    }

    /// A side from its code, case aside (`KZ`, `uz`, `both`; `KZ+UZ` is both), or as a
    /// country is written (`РК`, `РУз`, `КЗ`, `Казахстан и Узбекистан`, `обе стороны`).
    pub fn parse(text: &str) -> Option<Self> {
        let wanted = text.trim().to_lowercase();
        if let Some(side) = Self::ALL.into_iter().find(|side| side.code() == wanted) {
            return Some(side);
        }
        match super::Country::parse(text).ok()? {
            super::Country::Kazakhstan => Some(Self::Kz),
            super::Country::Uzbekistan => Some(Self::Uz),
            super::Country::Both => Some(Self::Both),
        }
    }
}

/// The words people write for an agreement's status; a word under two statuses is
/// ambiguous and asked about.
const AGREEMENT_WORDS: &[(AgreementStatus, &[&str])] = &[
    (
        AgreementStatus::Open,
        &[
            "открыто",
            "открыт",
            "открыта",
            "не начато",
            "не исполнено",
            "на контроле",
            "действующее",
            "действующий",
            "действующая",
        ],
    ),
    (
        AgreementStatus::InProgress,
        &[
            "started",
            "ongoing",
            "выполняется",
            "исполняется",
            "реализуется",
            "в работе",
            "в процессе",
            "в процессе выполнения",
            "в процессе исполнения",
            "в стадии исполнения",
            "действующее",
            "действующий",
            "действующая",
        ],
    ),
    (
        AgreementStatus::Done,
        &[
            "completed",
            "выполнено",
            "выполнен",
            "выполнена",
            "исполнено",
            "исполнен",
            "исполнена",
            "завершено",
        ],
    ),
    (
        AgreementStatus::Dropped,
        &[
            "cancelled",
            "canceled",
            "снято",
            "снят",
            "снята",
            "снято с контроля",
            "отменено",
            "отменён",
            "отменен",
        ],
    ),
];

/// How far an agreement has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgreementStatus {
    Open,
    InProgress,
    Done,
    Dropped,
}

impl AgreementStatus {
    pub const ALL: [AgreementStatus; 4] = [Self::Open, Self::InProgress, Self::Done, Self::Dropped];

    pub fn code(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::InProgress => "in_progress",
            Self::Done => "done",
            Self::Dropped => "dropped",
        }
    }

    /// A status from its code (`in-progress` and `in progress` too) or the words a
    /// Russian protocol uses (`выполняется`, `в работе`, `исполнено`, `снято с контроля`).
    /// `None` for a word that is none of them, or that reads as more than one.
    pub fn parse(text: &str) -> Option<Self> {
        match Self::readings(text).as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// Every status `text` can be read as: none (not a status), one, or several
    /// (`действующее` is open or in progress: ask).
    pub fn readings(text: &str) -> Vec<Self> {
        let wanted = text.trim().to_lowercase().replace(['-', '_'], " ");
        let wanted = wanted.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(status) = Self::ALL
            .into_iter()
            .find(|status| status.code().replace('_', " ") == wanted)
        {
            return vec![status];
        }
        AGREEMENT_WORDS
            .iter()
            .filter(|(_, words)| words.contains(&wanted.as_str()))
            .map(|(status, _)| *status)
            .collect()
    }

    /// Whether nothing more is expected of it.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Done | Self::Dropped)
    }
}

/// An agreement as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agreement {
    pub id: i64,
    pub meeting_id: i64,
    pub text: String,
    pub side: Option<Side>,
    /// The body responsible ("Ministry of Trade and Integration").
    pub responsible: Option<String>,
    /// By when, as the text gives it: "by the end of 2025" is the bound `../2025-12-31`.
    pub due: Option<EdtfDate>,
    pub status: AgreementStatus,
    pub source_id: Option<i64>,
    /// The projects it concerns, by id.
    pub projects: Vec<i64>,
    pub version: i64,
}

impl Agreement {
    /// Overdue on `today`: see [`is_overdue`].
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        is_overdue(self.due.as_ref(), self.status, today)
    }

    /// Due by `day`: its due date's last possible day is on or before it.
    pub fn is_due_by(&self, day: NaiveDate) -> bool {
        self.due
            .as_ref()
            .and_then(EdtfDate::latest)
            .is_some_and(|last| last <= day)
    }
}

/// Overdue: the last day the due date may stand for is before `today`, and the
/// agreement is neither done nor dropped. No due date, or an open end, is never overdue.
pub fn is_overdue(due: Option<&EdtfDate>, status: AgreementStatus, today: NaiveDate) -> bool {
    if status.is_closed() {
        return false;
    }
    due.and_then(EdtfDate::latest).is_some_and(|last| last < today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn by_end_of_2025() -> EdtfDate {
        EdtfDate::parse("by the end of 2025", day(2025, 1, 1)).unwrap()
    }

    #[test]
    fn by_the_end_of_2025_is_a_bound_that_ends_on_the_last_day_of_2025() {
        let due = by_end_of_2025();
        assert_eq!(due.latest(), Some(day(2025, 12, 31)));
        assert_eq!(due.earliest(), None, "{due}");
        let russian = EdtfDate::parse("до конца 2025 года", day(2025, 1, 1)).unwrap();
        assert_eq!(russian, due);
    }

    #[test]
    fn overdue_only_after_the_last_possible_day_and_only_while_open() {
        let due = by_end_of_2025();
        let open = AgreementStatus::Open;
        assert!(!is_overdue(Some(&due), open, day(2025, 12, 31)));
        assert!(is_overdue(Some(&due), open, day(2026, 1, 1)));
        assert!(is_overdue(Some(&due), AgreementStatus::InProgress, day(2026, 1, 1)));
        assert!(!is_overdue(Some(&due), AgreementStatus::Done, day(2026, 1, 1)));
        assert!(!is_overdue(Some(&due), AgreementStatus::Dropped, day(2026, 1, 1)));
        assert!(!is_overdue(None, open, day(2026, 1, 1)));
        let open_ended: EdtfDate = "2025-09/..".parse().unwrap();
        assert!(!is_overdue(Some(&open_ended), open, day(2030, 1, 1)));
    }

    #[test]
    fn a_month_is_due_through_its_last_day() {
        let due: EdtfDate = "2025-10".parse().unwrap();
        assert!(!is_overdue(Some(&due), AgreementStatus::Open, day(2025, 10, 31)));
        assert!(is_overdue(Some(&due), AgreementStatus::Open, day(2025, 11, 1)));
    }

    #[test]
    fn sides_and_statuses_read_their_codes() {
        assert_eq!(Side::parse("KZ"), Some(Side::Kz));
        assert_eq!(Side::parse("KZ+UZ"), Some(Side::Both));
        assert_eq!(Side::parse("ru"), None);
        assert_eq!(AgreementStatus::parse("in progress"), Some(AgreementStatus::InProgress));
        assert_eq!(AgreementStatus::parse("closed"), None);
    }
}
