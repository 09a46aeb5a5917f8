//! Tests of [`EdtfDate`]: EDTF, numbers and words in, refusals, bounds and order.

use super::*;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// What `input` is stored as.
fn parse(input: &str) -> Result<String, DomainError> {
    EdtfDate::parse(input, today()).map(|d| d.to_string())
}

fn problem(input: &str) -> DateProblem {
    match EdtfDate::parse(input, today()) {
        Err(DomainError {
            problem: Problem::Date { problem, .. },
            ..
        }) => problem,
        other => panic!("{input}: {other:?}"),
    }
}

fn stored(text: &str) -> EdtfDate {
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[test]
fn the_forms_the_old_parser_took() {
    for (input, expected) in [
        ("2024-07-12", "2024-07-12"),
        ("12.07.2024", "2024-07-12"),
        ("2024-07", "2024-07"),
        ("07.2024", "2024-07"),
        ("2024", "2024"),
        ("today", "2026-11-23"),
        ("Сегодня", "2026-11-23"),
        ("СЕГОДНЯ", "2026-11-23"),
        ("TODAY", "2026-11-23"),
        ("2024.07.12", "2024-07-12"),
        ("2024.07", "2024-07"),
        (" 2024-7-1 ", "2024-07-01"),
        ("2024-02-29", "2024-02-29"),
    ] {
        assert_eq!(parse(input).as_deref(), Ok(expected), "{input}");
    }
}

#[test]
fn edtf_of_the_subset_is_taken_and_made_canonical() {
    for (input, expected) in [
        ("2024-23", "2024-23"),
        ("2024-21", "2024-21"),
        ("2024-24", "2024-24"),
        ("2024-33", "2024-33"),
        ("2024-36", "2024-36"),
        ("2024-37", "2024-37"),
        ("2024-39", "2024-39"),
        ("2024-40", "2024-40"),
        ("2024-41", "2024-41"),
        ("2024?", "2024?"),
        ("2024~", "2024~"),
        ("2024%", "2024%"),
        ("2024-07-12~", "2024-07-12~"),
        ("?2024-?07", "2024-07?"),
        ("2024-09/2024-12", "2024-09/2024-12"),
        ("2021-11-25/2021-11-26", "2021-11-25/2021-11-26"),
        ("2025-09/2025-10-22", "2025-09/2025-10-22"),
        ("2024-09/..", "2024-09/.."),
        ("2024-09/", "2024-09/.."),
        ("../2024-06", "../2024-06"),
        ("/2024-06", "../2024-06"),
        ("2024~/2025?", "2024~/2025?"),
    ] {
        assert_eq!(parse(input).as_deref(), Ok(expected), "{input}");
    }
}

#[test]
fn english_words() {
    for (input, expected) in [
        ("autumn 2024", "2024-23"),
        ("Fall 2024", "2024-23"),
        ("spring 2025", "2025-21"),
        ("early 2024", "2024-37"),
        ("mid 2024", "2024-38"),
        ("mid-2024", "2024-38"),
        ("late 2024", "2024-39"),
        ("end of 2024", "2024-39"),
        ("Q1 2024", "2024-33"),
        ("q4 2024", "2024-36"),
        ("H1 2024", "2024-40"),
        ("h2 2024", "2024-41"),
        ("first half 2024", "2024-40"),
        ("July 2024", "2024-07"),
        ("jul 2024", "2024-07"),
        ("12 July 2024", "2024-07-12"),
        ("not before 09.2024", "2024-09/.."),
        ("not before 2024-09", "2024-09/.."),
        ("since September 2024", "2024-09/.."),
        ("after August 2024", "2024-09/.."),
        ("after 2024", "2025/.."),
        ("after 2024-08-31", "2024-09-01/.."),
        ("after Q4 2024", "2025-33/.."),
        ("not after 06.2024", "../2024-06"),
        ("before July 2024", "../2024-06"),
        ("about 2024", "2024~"),
        ("circa 2024", "2024~"),
        ("c. 2024", "2024~"),
        ("about autumn 2024?", "2024-23%"),
        ("autumn 2024?", "2024-23?"),
        ("09.2024–12.2024", "2024-09/2024-12"),
        ("09.2024 - 12.2024", "2024-09/2024-12"),
        ("09.2024-12.2024", "2024-09/2024-12"),
        ("2024-09 – 2024-12", "2024-09/2024-12"),
        ("2024-2025", "2024/2025"),
        ("from July 2024 to autumn 2024", "2024-07/2024-23"),
        ("  Autumn   2024 ", "2024-23"),
    ] {
        assert_eq!(parse(input).as_deref(), Ok(expected), "{input}");
    }
}

#[test]
fn russian_words() {
    for (input, expected) in [
        ("осень 2024", "2024-23"),
        ("Осенью 2024 г.", "2024-23"),
        ("начало 2024", "2024-37"),
        ("в начале 2024 года", "2024-37"),
        ("середина 2024", "2024-38"),
        ("конец 2024", "2024-39"),
        ("I квартал 2024", "2024-33"),
        ("1 кв. 2024", "2024-33"),
        ("I кв. 2024", "2024-33"),
        ("IV кв. 2024", "2024-36"),
        ("3-й квартал 2024", "2024-35"),
        ("1 полугодие 2024", "2024-40"),
        ("1-е полугодие 2024", "2024-40"),
        ("II полугодие 2024", "2024-41"),
        ("июль 2024", "2024-07"),
        ("июля 2024", "2024-07"),
        ("12 июля 2024", "2024-07-12"),
        ("не ранее 09.2024", "2024-09/.."),
        ("не ранее сентября 2024", "2024-09/.."),
        ("после августа 2024", "2024-09/.."),
        ("не позднее 06.2024", "../2024-06"),
        ("около 2024", "2024~"),
        ("ок. 2024", "2024~"),
        ("около осень 2024?", "2024-23%"),
        ("с 09.2024 по 12.2024", "2024-09/2024-12"),
        ("09.2024 – 12.2024", "2024-09/2024-12"),
        // Decomposed й (и + combining breve) is composed first.
        ("3-и\u{306} квартал 2024", "2024-35"),
    ] {
        assert_eq!(parse(input).as_deref(), Ok(expected), "{input}");
    }
}

#[test]
fn refusals_say_why() {
    for (input, expected) in [
        ("", DateProblem::NotADate),
        ("someday", DateProblem::NotADate),
        ("２０２４", DateProblem::NotADate),
        ("Q5 2024", DateProblem::NotADate),
        ("2024-13", DateProblem::NoSuchMonth),
        ("2024-02-30", DateProblem::NoSuchDay),
        ("2023-02-29", DateProblem::NoSuchDay),
        ("30 February 2024", DateProblem::NoSuchDay),
        ("1899", DateProblem::YearOutOfRange { min: 1900, max: 2100 }),
        ("2101-01-01", DateProblem::YearOutOfRange { min: 1900, max: 2100 }),
        ("autumn 2101", DateProblem::YearOutOfRange { min: 1900, max: 2100 }),
        ("after 2100", DateProblem::YearOutOfRange { min: 1900, max: 2100 }),
        ("Y20240", DateProblem::YearOutOfRange { min: 1900, max: 2100 }),
        ("-2024", DateProblem::YearOutOfRange { min: 1900, max: 2100 }),
        ("202X", DateProblem::Unspecified),
        ("2024-XX", DateProblem::Unspecified),
        ("2024-07-12T10:00:00", DateProblem::Time),
        ("[2024,2025]", DateProblem::Set),
        ("{2024-07,2024-09}", DateProblem::Set),
        ("2024-26", DateProblem::Grouping),
        ("2024-32", DateProblem::Grouping),
        ("2024-?07", DateProblem::PartlyQualified),
        ("2024S2", DateProblem::NotInSubset),
        ("..2024/2025", DateProblem::NotInSubset),
        ("12.2024–09.2024", DateProblem::EndBeforeStart),
    ] {
        assert_eq!(problem(input), expected, "{input}");
    }
}

#[test]
fn every_refusal_names_the_accepted_forms() {
    let error = EdtfDate::parse("someday", today()).expect_err("refused");
    assert!(error.to_string().contains("2024-07-12"), "{error}");
    assert!(error.to_string().contains("autumn 2024"), "{error}");
}

#[test]
fn stored_dates_are_edtf_only() {
    assert!("2024-7".parse::<EdtfDate>().is_err());
    assert!("12.07.2024".parse::<EdtfDate>().is_err());
    assert!("autumn 2024".parse::<EdtfDate>().is_err());
    assert_eq!(stored("2024-07").as_str(), "2024-07");
    assert_eq!(stored("2024-09/..").as_str(), "2024-09/..");
}

#[test]
fn bounds_are_the_first_and_last_possible_day() {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    for (text, earliest, latest) in [
        ("2024", "2024-01-01", "2024-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2024-07-12~", "2024-07-12", "2024-07-12"),
        ("2024-23", "2024-09-01", "2024-11-30"),
        ("2024-24", "2024-12-01", "2025-02-28"),
        ("2024-37", "2024-01-01", "2024-04-30"),
        ("2024-38", "2024-05-01", "2024-08-31"),
        ("2024-39", "2024-09-01", "2024-12-31"),
        ("2024-34", "2024-04-01", "2024-06-30"),
        ("2024-41", "2024-07-01", "2024-12-31"),
        ("2025-09/2025-10-22", "2025-09-01", "2025-10-22"),
    ] {
        let date = stored(text);
        assert_eq!((date.earliest(), date.latest()), (day(earliest), day(latest)), "{text}");
    }
    assert_eq!(stored("2024-09/..").latest(), None);
    assert_eq!(stored("../2024-06").earliest(), None);
    assert_eq!(stored("../2024-06").latest(), day("2024-06-30"));
}

#[test]
fn dates_are_in_the_order_they_happened() {
    let mut dates: Vec<EdtfDate> = [
        "2025-09/2025-10-22",
        "2024-09/..",
        "2024-07-12",
        "2024-37",
        "2021-11-25/2021-11-26",
        "2024",
        "../2024-06",
        "2024-07-12~",
    ]
    .into_iter()
    .map(stored)
    .collect();
    dates.sort();
    let order: Vec<&str> = dates.iter().map(EdtfDate::as_str).collect();
    assert_eq!(
        order,
        [
            "../2024-06",
            "2021-11-25/2021-11-26",
            "2024-37",
            "2024",
            "2024-07-12",
            "2024-07-12~",
            "2024-09/..",
            "2025-09/2025-10-22",
        ]
    );
}

#[test]
fn the_brief_s_example_order() {
    let early = EdtfDate::parse("early 2024", today()).unwrap();
    let day = EdtfDate::parse("2024-07-12", today()).unwrap();
    let not_before = EdtfDate::parse("not before 09.2024", today()).unwrap();
    let later = EdtfDate::parse("09.2025–22.10.2025", today()).unwrap();
    assert!(early < day && day < not_before && not_before < later);
}

#[test]
fn a_project_keeps_plain_calendar_dates() {
    for input in ["2024-07-12", "07.2024", "2024"] {
        assert!(
            EdtfDate::parse_calendar(input, today(), crate::domain::Edge::End).is_ok(),
            "{input}"
        );
    }
    for input in ["autumn 2024", "2024?", "2024-09/..", "09.2024–12.2024", "about 2024"] {
        let error = EdtfDate::parse_calendar(input, today(), crate::domain::Edge::End).expect_err(input);
        assert!(
            matches!(
                error.problem,
                Problem::Date {
                    problem: DateProblem::NotCalendar
                        | DateProblem::PartOfYear { .. }
                        | DateProblem::NotCalendarOffer { .. },
                    ..
                }
            ),
            "{input}: {error:?}"
        );
    }
    assert!(EdtfDate::stored_calendar("2024-23").is_err());
    assert!(EdtfDate::stored_calendar("2024-07").is_ok());
}

#[test]
fn an_exact_day_is_a_day() {
    assert_eq!(stored("2024-07-12").as_day(), NaiveDate::from_ymd_opt(2024, 7, 12));
    assert_eq!(stored("2024-07-12?").as_day(), None);
    assert_eq!(stored("2024-07").as_day(), None);
}

/// Any date of the subset, as stored.
pub(crate) fn any_date() -> impl Strategy<Value = EdtfDate> {
    let certainty =
        (any::<bool>(), any::<bool>()).prop_map(|(uncertain, approximate)| Certainty { uncertain, approximate });
    let when = prop_oneof![
        (1900_i32..=2100, 1_u32..=12, 1_u32..=28)
            .prop_map(|(y, m, d)| When::Day(NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default())),
        (1900_i32..=2100, 1_u32..=12).prop_map(|(year, month)| When::Month { year, month }),
        (1900_i32..=2100).prop_map(When::Year),
        (
            1900_i32..=2099,
            prop::sample::select(vec![21_u8, 22, 23, 24, 33, 34, 35, 36, 37, 38, 39, 40, 41])
        )
            .prop_map(|(year, code)| When::Grouping {
                year,
                grouping: Grouping::from_code(code).unwrap_or(Grouping::Quarter(1)),
            }),
    ];
    let point = (when, certainty).prop_map(|(when, certainty)| Point { when, certainty });
    (point.clone(), point, 0_u8..4).prop_filter_map("an interval that ends before it starts", |(a, b, shape)| {
        let (a, b) = if a.bounds().ok()? <= b.bounds().ok()? {
            (a, b)
        } else {
            (b, a)
        };
        EdtfDate::new(match shape {
            0 => Span::Single(a),
            1 => Span::Between(a, b),
            2 => Span::NotBefore(a),
            _ => Span::NotAfter(a),
        })
        .ok()
    })
}

proptest! {
    #[test]
    fn stored_text_is_canonical_edtf(date in any_date()) {
        let canonical = Edtf::parse(date.as_str()).map(|e| e.to_string());
        prop_assert_eq!(canonical.as_deref(), Ok(date.as_str()));
        prop_assert_eq!(date.as_str().parse::<EdtfDate>(), Ok(date.clone()));
        prop_assert_eq!(EdtfDate::parse(date.as_str(), today()), Ok(date));
    }

    #[test]
    fn parser_never_panics(input in ".{0,30}") {
        let _ = EdtfDate::parse(&input, today());
        let _ = input.parse::<EdtfDate>();
    }

    #[test]
    fn words_never_panic(input in "(not before |after |около |about )?[a-zа-я0-9.\\- ]{0,20}[?~]?") {
        let _ = EdtfDate::parse(&input, today());
    }
}

mod words;
