//! Tests of the words and numbers people type for a date (issue 13 and after).

use super::*;

/// Issue 13 follow-up: forms Russian and English analysts write that were refused.
#[test]
fn the_forms_analysts_write() {
    for (input, expected) in [
        ("2024 г.", "2024"),
        ("2024 г", "2024"),
        ("2024 год", "2024"),
        ("2024 года", "2024"),
        ("в 2024 году", "2024"),
        ("до 06.2024", "../2024-05"),
        ("ранее 06.2024", "../2024-05"),
        ("до июня 2024", "../2024-05"),
        ("первое полугодие 2024", "2024-40"),
        ("второе полугодие 2024", "2024-41"),
        ("во втором полугодии 2024", "2024-41"),
        ("первый квартал 2024", "2024-33"),
        ("второй квартал 2024", "2024-34"),
        ("третий квартал 2024", "2024-35"),
        ("четвёртый квартал 2024", "2024-36"),
        ("четвертый квартал 2024 г.", "2024-36"),
        ("в первом квартале 2024", "2024-33"),
        ("конце 2024", "2024-39"),
        ("начале 2024", "2024-37"),
        ("середине 2024 года", "2024-38"),
        ("в конце 2024 г.", "2024-39"),
        ("в июле 2024", "2024-07"),
        ("сентябрь–декабрь 2024", "2024-09/2024-12"),
        ("сентябрь – декабрь 2024 г.", "2024-09/2024-12"),
        ("September–December 2024", "2024-09/2024-12"),
        ("Sep - Dec 2024", "2024-09/2024-12"),
        ("09–12.2024", "2024-09/2024-12"),
        ("09-12.2024", "2024-09/2024-12"),
        ("весна–лето 2024", "2024-21/2024-22"),
        ("July 12, 2024", "2024-07-12"),
        ("July 12 2024", "2024-07-12"),
        ("12 July 2024", "2024-07-12"),
        ("12 июля 2024", "2024-07-12"),
        ("12 июля 2024 г.", "2024-07-12"),
        ("until June 2024", "../2024-06"),
        ("till 06.2024", "../2024-06"),
        ("не ранее начала 2024", "2024-37/.."),
        ("не позднее 1-го полугодия 2024", "../2024-40"),
        ("около зимы 2024/25", "2024-24~"),
    ] {
        assert_eq!(parse(input).as_deref(), Ok(expected), "{input}");
    }
}

/// A reversed interval is refused as one, whether typed as EDTF or as words.
#[test]
fn a_reversed_interval_ends_before_it_starts() {
    for input in [
        "2024-12/2024-09",
        "12.2024–09.2024",
        "2025/2024",
        "декабрь–сентябрь 2024",
    ] {
        assert_eq!(problem(input), DateProblem::EndBeforeStart, "{input}");
    }
}

/// EDTF 2024-24 is December 2024 to February 2025; "winter 2024/25" says so.
#[test]
fn a_winter_spans_the_new_year() {
    for (input, expected) in [
        ("winter 2024/25", "2024-24"),
        ("зима 2024/25", "2024-24"),
        ("зимой 2024/2025", "2024-24"),
        ("about winter 2024/25", "2024-24~"),
        ("not before winter 2024/25", "2024-24/.."),
    ] {
        assert_eq!(parse(input).as_deref(), Ok(expected), "{input}");
    }
    // Not two years apart, and not a winter: refused.
    for input in ["winter 2024/26", "2024/25", "autumn 2024/25"] {
        assert!(parse(input).is_err(), "{input}");
    }
    let mut dates: Vec<EdtfDate> = ["2025-03", "2024-24", "2024-11", "2025-01", "2024-23", "2024-12"]
        .into_iter()
        .map(stored)
        .collect();
    dates.sort();
    let order: Vec<&str> = dates.iter().map(EdtfDate::as_str).collect();
    assert_eq!(
        order,
        ["2024-23", "2024-11", "2024-12", "2024-24", "2025-01", "2025-03"]
    );
}

fn day(text: &str) -> Span {
    Span::Single(Point::exact(When::Day(
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap(),
    )))
}

fn winter(year: i32) -> Span {
    Span::Single(Point::exact(When::Grouping {
        year,
        grouping: Grouping::Season(Season::Winter),
    }))
}

fn not_after(year: i32) -> Span {
    Span::NotAfter(Point::exact(When::Year(year)))
}

/// "What is typed is what is stored": a bound "до конца X" / "к концу X" includes X (it
/// was read as "before late X", `../2025-38`); "до начала X" ends before X; "к X" is by X.
#[test]
fn a_bound_to_a_part_of_a_period_says_what_russian_means() {
    for (input, expected) in [
        ("до конца 2025 года", "../2025"),
        ("до конца 2025", "../2025"),
        ("к концу 2025 года", "../2025"),
        ("до конца марта 2025", "../2025-03"),
        ("до конца 1 квартала 2025", "../2025-33"),
        ("до середины 2025", "../2025-38"),
        ("к середине 2025 года", "../2025-38"),
        ("до начала 2025", "../2024"),
        ("к началу 2025 года", "../2024"),
        ("до начала марта 2025", "../2025-02"),
        ("к 2026 году", "../2026"),
        ("к 01.06.2025", "../2025-06-01"),
        ("by 2026", "../2026"),
        ("by the end of 2025", "../2025"),
        ("by mid-2025", "../2025-38"),
        ("before the start of 2025", "../2024"),
        // Unchanged: "до" a month is before it; "не позднее конца" is the shown form.
        ("до июня 2024", "../2024-05"),
        ("не позднее конца 2025", "../2025-39"),
    ] {
        assert_eq!(parse(input).as_deref(), Ok(expected), "{input}");
    }
    // "к июню 2025" was read as "by June, June included" without asking: in Russian it
    // is as much "by the time June comes" (May the last month). Both readings offered.
    let month = |month| Point::exact(When::Month { year: 2025, month });
    for input in ["к июню 2025", "к июню 2025 года"] {
        assert_eq!(
            problem(input),
            DateProblem::Ambiguous {
                why: DateAmbiguity::ByStartOrEnd,
                readings: [Span::NotAfter(month(5)), Span::NotAfter(month(6))],
            },
            "{input}"
        );
    }
    // "до 2025 года": before 2025 or (as plans are written) including it.
    for input in ["до 2025 года", "до 2025", "до 2025 г."] {
        assert_eq!(
            problem(input),
            DateProblem::Ambiguous {
                why: DateAmbiguity::UpToYear,
                readings: [not_after(2024), not_after(2025)],
            },
            "{input}"
        );
    }
}

/// "зима 2025" was stored as winter 2025/26; January–February 2025 is as likely.
#[test]
fn a_winter_of_one_year_is_refused_with_both_winters() {
    for input in ["зима 2025", "зимой 2025 года", "winter 2025", "Зима 2025 г."] {
        assert_eq!(
            problem(input),
            DateProblem::Ambiguous {
                why: DateAmbiguity::Winter,
                readings: [winter(2024), winter(2025)],
            },
            "{input}"
        );
    }
    let about = Point {
        certainty: Certainty {
            uncertain: false,
            approximate: true,
        },
        ..Point::exact(When::Grouping {
            year: 2024,
            grouping: Grouping::Season(Season::Winter),
        })
    };
    assert!(matches!(
        problem("не ранее около зимы 2025"),
        DateProblem::Ambiguous { readings: [Span::NotBefore(a), _], .. } if a == about
    ));
    for input in ["зима 2024/25", "зима 2025/26"] {
        assert!(parse(input).is_ok(), "{input}");
    }
    // In words, each language names the two winters so that they read back.
    let error = EdtfDate::parse("зима 2025", today()).expect_err("ambiguous");
    let russian = crate::i18n::error::domain_error_in(crate::i18n::Lang::Ru, &error);
    assert!(
        russian.contains("зима 2024/25") && russian.contains("зима 2025/26"),
        "{russian}"
    );
    let english = error.to_string();
    assert!(
        english.contains("winter 2024/25") && english.contains("winter 2025/26"),
        "{english}"
    );
}

/// Forms people write that were refused (or read wrong).
#[test]
fn the_forms_people_write_are_taken() {
    for (input, expected) in [
        ("к 2026 году", "../2026"),
        ("к концу 2025 года", "../2025"),
        ("первая половина 2024", "2024-40"),
        ("в первой половине 2024", "2024-40"),
        ("во второй половине 2024 года", "2024-41"),
        ("март-апрель 2025", "2025-03/2025-04"),
        ("весна-лето 2025", "2025-21/2025-22"),
        ("15.04.2025 г.", "2025-04-15"),
        ("15.04.2025г.", "2025-04-15"),
        ("вчера", "2026-11-22"),
        ("yesterday", "2026-11-22"),
        ("4 кв. 2025", "2025-36"),
        ("4кв 2025", "2025-36"),
        ("4кв. 2025", "2025-36"),
        ("IV кв. 2026", "2026-36"),
        ("9 мес. 2025", "2025-01/2025-09"),
        ("за 9 месяцев 2025 года", "2025-01/2025-09"),
        ("9 months of 2025", "2025-01/2025-09"),
        ("сент. 2024", "2024-09"),
        ("янв. 2025", "2025-01"),
        ("first half of 2024", "2024-40"),
        ("2024-Q1", "2024-33"),
        ("2024 Q4", "2024-36"),
        ("2024-H2", "2024-41"),
        ("between 2024 and 2025", "2024/2025"),
        ("между 2024 и 2025", "2024/2025"),
        ("25/07/2024", "2024-07-25"),
        ("07/25/2024", "2024-07-25"),
        ("12/12/2024", "2024-12-12"),
    ] {
        assert_eq!(parse(input).as_deref(), Ok(expected), "{input}");
    }
}

/// `12/07/2024` (day or month first?) and `01.09.25` (which century?) are refused with
/// both readings.
#[test]
fn numbers_that_read_two_ways_are_refused_with_both() {
    assert_eq!(
        problem("12/07/2024"),
        DateProblem::Ambiguous {
            why: DateAmbiguity::DayOrMonth,
            readings: [day("2024-07-12"), day("2024-12-07")],
        }
    );
    assert_eq!(
        problem("01.09.25"),
        DateProblem::Ambiguous {
            why: DateAmbiguity::ShortYear,
            readings: [day("2025-09-01"), day("1925-09-01")],
        }
    );
    let error = EdtfDate::parse("12/07/2024", today()).expect_err("ambiguous");
    let russian = crate::i18n::error::domain_error_in(crate::i18n::Lang::Ru, &error);
    assert!(
        russian.contains("12.07.2024") && russian.contains("07.12.2024"),
        "{russian}"
    );
}

/// A quarter for a project's completion: the schema keeps a day, a month or a year, and
/// the last month of the quarter is a guess; refused offering the month and the year.
#[test]
fn a_quarter_for_a_completion_is_refused_offering_the_month_and_the_year() {
    let error = EdtfDate::parse_calendar("IV кв. 2026", today(), crate::domain::Edge::End).expect_err("a quarter");
    assert_eq!(
        error.problem,
        Problem::Date {
            input: "IV кв. 2026".into(),
            problem: DateProblem::PartOfYear { year: 2026, month: 12 }
        }
    );
    let russian = crate::i18n::error::domain_error_in(crate::i18n::Lang::Ru, &error);
    assert!(russian.contains("12.2026") && russian.contains("2026"), "{russian}");
    assert!(error.to_string().contains("2026-12"), "{error}");
}

/// The hostile Russian pass of issue 21: ranges and bounds as ministries write them.
#[test]
fn ranges_and_deadlines_as_ministries_write_them() {
    for (input, expected) in [
        ("2024-25", "2024/2025"),
        ("2019-20", "2019/2020"),
        ("2023-24 гг.", "2023/2024"),
        ("10.03–11.03.2026 г.", "2026-03-10/2026-03-11"),
        ("30.09–01.10.2025", "2025-09-30/2025-10-01"),
        ("22-23 октября 2025", "2025-10-22/2025-10-23"),
        ("1-2 марта 2026", "2026-03-01/2026-03-02"),
        ("15-04-2025", "2025-04-15"),
        ("01-2025", "2025-01"),
        // A year first stays ISO: a month, or EDTF's season code where no year follows.
        ("2024-12", "2024-12"),
        ("2026-22", "2026-22"),
    ] {
        assert_eq!(parse(input).as_deref(), Ok(expected), "{input}");
    }
    let years = |a: i32| Span::Between(Point::exact(When::Year(a)), Point::exact(When::Year(a + 1)));
    for (input, code) in [("2020-21", "2020-21"), ("2023-24", "2023-24")] {
        let season = Span::from_edtf(&Edtf::parse(code).unwrap()).unwrap();
        assert_eq!(
            problem(input),
            DateProblem::Ambiguous {
                why: DateAmbiguity::YearsOrSeason,
                readings: [years(code[..4].parse().unwrap()), season],
            },
            "{input}"
        );
    }
    assert_eq!(
        problem("до 1 июля 2026 г."),
        DateProblem::Ambiguous {
            why: DateAmbiguity::UpToDay,
            readings: [
                Span::NotAfter(Point::exact(When::Day(NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()))),
                Span::NotAfter(Point::exact(When::Day(NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()))),
            ],
        }
    );
}
