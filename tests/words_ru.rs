//! Issue 21, words left over: on a Russian screen every word is Russian (sectors in the
//! history, refusals, `check`, `--help`, the digest's `--since`, an import in millions),
//! and every word a Russian screen shows is accepted when typed back.

mod common;

use common::TestDb;
use ortaq::domain::Money;
use ortaq::i18n::{Lang, error::domain_error_in};

fn run_ru(db: &TestDb, args: &[&str]) -> (bool, String) {
    let output = db.cmd().arg("--lang").arg("ru").args(args).output().expect("run ortaq");
    let said = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), said)
}

fn seeded() -> TestDb {
    let db = TestDb::new();
    db.ok(&["list"]);
    db
}

#[test]
fn history_names_sectors_as_russian_labels() {
    let db = seeded();
    db.ok(&["set", "3", "sector=automotive"]);
    let (ok, said) = run_ru(&db, &["history", "3"]);
    assert!(ok, "{said}");
    assert!(said.contains("отрасль: текстиль → автомобилестроение"), "{said}");
    assert!(!said.contains("textiles"), "{said}");
}

#[test]
fn a_pair_without_equals_is_refused_in_russian() {
    let db = seeded();
    let (ok, said) = run_ru(&db, &["set", "3", "investment"]);
    assert!(!ok);
    assert!(
        said.contains("«investment» — не ПОЛЕ=ЗНАЧЕНИЕ") || said.contains("\"investment\" — не ПОЛЕ=ЗНАЧЕНИЕ"),
        "{said}"
    );
    assert!(!said.contains("is not"), "{said}");
}

#[test]
fn check_says_the_journal_mode_in_russian_words() {
    let db = seeded();
    let (ok, said) = run_ru(&db, &["check"]);
    assert!(ok, "{said}");
    assert!(said.contains("журнал: упреждающая запись"), "{said}");
    assert!(!said.contains("журнал: wal"), "{said}");
}

#[test]
fn help_names_statuses_and_countries_in_russian_words_that_are_accepted() {
    let db = seeded();
    for args in [&["list", "--help"][..], &["add", "--help"]] {
        let (ok, said) = run_ru(&db, args);
        assert!(ok, "{said}");
        for word in ["в подготовке", "строительство", "действует", "отменён", "Казахстан"]
        {
            assert!(said.contains(word), "{args:?} {word}: {said}");
        }
    }
    for status in [
        "в подготовке",
        "соглашение подписано",
        "строительство",
        "действует",
        "приостановлен",
        "отменён",
    ] {
        let (ok, said) = run_ru(&db, &["list", "--status", status]);
        assert!(ok, "{status}: {said}");
    }
    for country in ["Казахстан", "Узбекистан", "обе"] {
        let (ok, said) = run_ru(&db, &["list", "--country", country]);
        assert!(ok, "{country}: {said}");
    }
}

#[test]
fn a_bad_since_offers_russian_forms_that_are_accepted() {
    let db = seeded();
    let (ok, said) = run_ru(&db, &["digest", "--since", "вчерашний"]);
    assert!(!ok);
    assert!(said.contains("сегодня") && said.contains("7д"), "{said}");
    assert!(!said.contains("today") && !said.contains("7d"), "{said}");
    for offered in ["сегодня", "7д", "2н"] {
        let (ok, said) = run_ru(&db, &["digest", "--since", offered]);
        assert!(ok, "{offered}: {said}");
    }
}

#[test]
fn an_approximate_project_figure_names_no_command_line_option() {
    let error = Money::parse("около 100 млн").expect_err("approximate");
    for lang in [Lang::Ru, Lang::En] {
        let said = domain_error_in(lang, &error);
        assert!(!said.contains("--"), "{lang:?}: {said}");
    }
    let said = domain_error_in(Lang::Ru, &error);
    assert!(said.contains("официально заявленных"), "{said}");
}

#[test]
fn an_import_in_millions_names_the_cell_as_written() {
    let db = TestDb::new();
    let file = db.dir.path().join("sums.csv");
    std::fs::write(&file, "Название;\"Объём инвестиций, млн долл. США\"\nЗавод;1,500\n").expect("write");
    let (ok, said) = run_ru(&db, &["import", "--empty", file.to_str().expect("path")]);
    assert!(!ok, "{said}");
    assert!(said.contains("«1,500 млн» читается двояко"), "{said}");
    assert!(said.contains("напишите 1500 млн или 1,5 млн"), "{said}");
    assert!(!said.contains("million"), "{said}");
    // Each reading offered is accepted when typed into the cell.
    for typed in ["1500 млн", "1,5 млн"] {
        let db = TestDb::new();
        let file = db.dir.path().join("sums.csv");
        let body = format!("Название;\"Объём инвестиций, млн долл. США\"\nЗавод;{typed}\n");
        std::fs::write(&file, body).expect("write");
        let (ok, said) = run_ru(&db, &["import", "--empty", file.to_str().expect("path")]);
        assert!(ok, "{typed}: {said}");
    }
}

/// Every status, country, side, kind of meeting and kind of figure a screen shows, in
/// either language, is read back as itself when typed (any case).
#[test]
fn every_word_a_screen_shows_is_accepted_typed_back() {
    use ortaq::domain::{AgreementStatus, Country, MeetingKind, Metric, Side, Status};
    use ortaq::i18n::{attribute_in, meetings, metric_label, set_language};
    for lang in [Lang::Ru, Lang::En] {
        set_language(lang);
        for status in Status::ALL {
            let shown = ortaq::i18n::status_label(status);
            assert_eq!(Status::parse(&shown.to_uppercase()), Ok(status), "{shown}");
        }
        for country in Country::ALL {
            let shown = ortaq::i18n::country_label(country);
            assert_eq!(Country::parse(&shown), Ok(country), "{shown}");
        }
        for side in Side::ALL {
            let shown = meetings::side(side);
            assert_eq!(Side::parse(&shown), Some(side), "{shown}");
        }
        for kind in MeetingKind::ALL {
            let shown = meetings::kind(kind);
            assert_eq!(MeetingKind::parse(&shown), Some(kind), "{shown}");
        }
        for status in AgreementStatus::ALL {
            let shown = meetings::status(status);
            assert_eq!(AgreementStatus::parse(&shown), Some(status), "{shown}");
        }
        for metric in Metric::ALL {
            let id = format!("metric-{}", metric.as_str().replace('_', "-"));
            for shown in [
                metric_label(metric),
                attribute_in(lang, &id, "word"),
                attribute_in(lang, &id, "short"),
            ] {
                assert_eq!(Metric::parse(&shown).ok(), Some(metric), "{lang:?}: {shown}");
            }
        }
    }
    set_language(Lang::En);
}

#[test]
fn russian_words_for_statuses_sides_and_kinds_are_read() {
    use ortaq::domain::{AgreementStatus, Country, MeetingKind, Metric, Side, Status};
    for (typed, status) in [
        ("выполняется", AgreementStatus::InProgress),
        ("Реализуется", AgreementStatus::InProgress),
        ("в работе", AgreementStatus::InProgress),
        ("исполнено", AgreementStatus::Done),
        ("снято с контроля", AgreementStatus::Dropped),
    ] {
        assert_eq!(AgreementStatus::parse(typed), Some(status), "{typed}");
    }
    // «Действующее поручение» is not done, but is it started? Asked, not guessed.
    assert_eq!(
        AgreementStatus::readings("действующий"),
        vec![AgreementStatus::Open, AgreementStatus::InProgress]
    );
    assert_eq!(AgreementStatus::parse("действующий"), None);
    assert_eq!(Status::parse("Действующий"), Ok(Status::Operating));
    assert_eq!(Status::parse("выполняется"), Ok(Status::Construction));
    // «В работе» says a project is worked on, not at which stage: asked.
    let error = Status::parse("В работе").expect_err("ambiguous");
    let said = domain_error_in(Lang::Ru, &error);
    assert!(
        said.contains("«в подготовке»") && said.contains("«строительство»"),
        "{said}"
    );
    for (typed, side) in [
        ("оба", Side::Both),
        ("обе", Side::Both),
        ("обе стороны", Side::Both),
        ("Казахстан и Узбекистан", Side::Both),
        ("КЗ", Side::Kz),
        ("РК", Side::Kz),
        ("РУз", Side::Uz),
        ("УЗ", Side::Uz),
    ] {
        assert_eq!(Side::parse(typed), Some(side), "{typed}");
    }
    assert_eq!(Country::parse("КЗ"), Ok(Country::Kazakhstan));
    assert_eq!(Country::parse("УЗ"), Ok(Country::Uzbekistan));
    assert_eq!(MeetingKind::parse("рабочая"), Some(MeetingKind::WorkingGroup));
    assert_eq!(MeetingKind::parse("Рабочая группа"), Some(MeetingKind::WorkingGroup));
    assert_eq!(Metric::parse("рабочие места"), Ok(Metric::Jobs));
    assert_eq!(Metric::parse("созданные рабочие места"), Ok(Metric::JobsCreated));
}

#[test]
fn an_ambiguous_agreement_status_is_refused_with_the_choices() {
    let db = seeded();
    let (ok, said) = run_ru(&db, &["agreement", "set", "1", "status=действующее"]);
    assert!(!ok, "{said}");
    assert!(
        said.contains("открыто (open)") && said.contains("выполняется (in_progress)"),
        "{said}"
    );
    assert!(said.contains("«действующее»"), "quoted as Russian quotes: {said}");
    let (ok, said) = run_ru(&db, &["agreement", "set", "1", "status=в работе", "side=обе"]);
    assert!(ok, "{said}");
    let (ok, said) = run_ru(&db, &["agreement", "list", "--side", "РК", "--status", "выполняется"]);
    assert!(ok, "{said}");
    let (ok, said) = run_ru(
        &db,
        &[
            "indicator",
            "add",
            "--as-of",
            "2024",
            "--metric",
            "рабочие места",
            "--value",
            "100",
            "--source",
            "1",
        ],
    );
    assert!(!ok && said.contains("созданные рабочие места"), "{said}");
}

/// The values a date refusal offers, as spans.
fn offered(error: &ortaq::domain::DomainError) -> Vec<ortaq::domain::Span> {
    use ortaq::domain::{DateProblem, Point, Problem, Span, When};
    match &error.problem {
        Problem::Date { problem, .. } => match problem {
            DateProblem::Ambiguous { readings, .. } => readings.to_vec(),
            DateProblem::PartOfYear { year, month } => vec![
                Span::Single(Point::exact(When::Month {
                    year: *year,
                    month: *month,
                })),
                Span::Single(Point::exact(When::Year(*year))),
            ],
            DateProblem::NotCalendarOffer { offered } => vec![*offered],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Every date a refusal suggests, typed back into the same field in the language it was
/// said in, is accepted: a completion's "зима 2025" offered «зима 2024/25», itself refused
/// for a completion; "до конца 2026 года" gave a generic example; a start "4 кв 2025"
/// offered the quarter's last month.
#[test]
fn every_date_a_refusal_suggests_is_accepted_typed_back() {
    use ortaq::domain::{EdtfDate, Field};
    use ortaq::i18n::{error::domain_error_in, format::date_in};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("a day");
    let inputs = [
        "зима 2025",
        "зимой 2025 года",
        "до 2026 года",
        "до конца 2026 года",
        "к июню 2025",
        "к лету 2025",
        "4 кв 2025",
        "IV кв. 2026",
        "начало 2025",
        "первая половина 2024",
        "9 мес. 2025",
        "около 2024",
        "не ранее 09.2024",
        "12/07/2024",
        "01.09.25",
        "сентябрь–декабрь 2024",
    ];
    // A date of an update or a source (any form) and a project's start and completion.
    let read = |field: Option<Field>, text: &str| match field {
        None => EdtfDate::parse(text, today).map(drop),
        Some(field) => field.parse_value(text, today).map(drop),
    };
    let mut checked = 0;
    for field in [None, Some(Field::Started), Some(Field::Completed)] {
        for input in inputs {
            let Err(error) = read(field, input) else { continue };
            for lang in [Lang::Ru, Lang::En] {
                let said = domain_error_in(lang, &error);
                for span in offered(&error) {
                    let date = EdtfDate::new(span).expect("an offered date");
                    let shown = date_in(lang, &date);
                    assert!(said.contains(&shown), "{field:?} {input}: {shown} not in {said}");
                    assert!(
                        read(field, &shown).is_ok(),
                        "{field:?} {input} ({lang:?}): {shown} refused; {said}"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 30, "{checked}");
    // A start in a quarter offers its first month, a completion its last.
    let start = Field::Started.parse_value("4 кв 2025", today).expect_err("a quarter");
    assert!(domain_error_in(Lang::Ru, &start).contains("10.2025"), "{start}");
    let end = Field::Completed.parse_value("4 кв 2025", today).expect_err("a quarter");
    assert!(domain_error_in(Lang::Ru, &end).contains("12.2025"), "{end}");
    let end = Field::Completed
        .parse_value("до конца 2026 года", today)
        .expect_err("a bound");
    assert!(domain_error_in(Lang::Ru, &end).contains("например 2026"), "{end}");
}

/// `indicator add --value "более 14 000"` was refused with the message meant for a
/// project's figure: the words before the number are the figure's qualifier.
#[test]
fn a_reported_figure_reads_its_qualifier_from_the_words() {
    let db = seeded();
    let add = |value: &str, as_of: &str, extra: &[&str]| {
        let mut args = vec![
            "indicator",
            "add",
            "--as-of",
            as_of,
            "--metric",
            "jobs_created",
            "--value",
            value,
            "--source",
            "1",
        ];
        args.extend_from_slice(extra);
        run_ru(&db, &args)
    };
    let years = ["2015", "2016", "2017", "2018", "2019", "2020"];
    for ((value, qualifier, said_word), as_of) in [
        ("более 14 000", "over", "более 14 000"),
        ("Свыше 14 000", "over", "более 14 000"),
        ("около 14 000", "about", "около 14 000"),
        ("порядка 14 000", "about", "около 14 000"),
        ("не менее 14 000", "at_least", "не менее 14 000"),
        ("до 14 000", "up_to", "до 14 000"),
    ]
    .into_iter()
    .zip(years)
    {
        let (ok, said) = add(value, as_of, &[]);
        assert!(ok, "{value}: {said}");
        let plain = said.replace(['\u{a0}', '\u{202f}'], " ");
        assert!(plain.contains(said_word), "{value}: {said}");
        let stored: (i64, String) = db
            .sql()
            .query_row(
                "SELECT value, qualifier FROM indicators ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("the figure");
        assert_eq!(stored, (14_000, qualifier.to_string()), "{value}");
    }
    let (ok, said) = add("более 14 000", "2021", &["--qualifier", "about"]);
    assert!(!ok && said.contains("«более»") && said.contains("«около»"), "{said}");
    let (ok, said) = add("более 14 000", "2022", &["--over"]);
    assert!(ok, "the same said twice: {said}");
    let (ok, said) = add("менее 14 000", "2023", &[]);
    assert!(!ok && said.contains("«менее»") && said.contains("«до»"), "{said}");
    assert!(!said.contains("показателя проекта"), "{said}");
}

/// `list` on a Russian screen printed the seed's places in English
/// (`KZ · Saran, [Karaganda region]`), and its HTML the sector codes, while the
/// interface showed them in Russian.
#[test]
fn the_list_names_seed_places_and_sectors_in_russian() {
    let db = seeded();
    for format in ["text", "markdown", "html"] {
        let (ok, said) = run_ru(&db, &["list", "--format", format]);
        assert!(ok, "{said}");
        assert!(said.contains("Сарань, [Карагандинская область"), "{format}: {said}");
        assert!(!said.contains("Karaganda region"), "{format}: {said}");
        assert!(said.contains("бытовая техника"), "{format}: {said}");
        assert!(!said.contains("household appliances"), "{format}: {said}");
    }
    let english = db.ok(&["--lang", "en", "list"]);
    assert!(english.contains("Saran, [Karaganda region]"), "{english}");
}

/// The command names listed under "Commands:" in a help text.
fn commands_in(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

/// Every command's Russian help names its values in Russian (`<МЕСТО>`, not `<PLACE>`):
/// walked over every command and subcommand, so a new option cannot slip by.
#[test]
fn every_russian_help_names_its_values_in_russian() {
    let db = TestDb::new();
    let mut paths: Vec<Vec<String>> = Vec::new();
    for command in commands_in(&db.ok(&["--help"])) {
        let sub = commands_in(&db.ok(&[&command, "--help"]));
        paths.push(vec![command.clone()]);
        paths.extend(sub.into_iter().map(|s| vec![command.clone(), s]));
    }
    assert!(paths.len() > 20, "{paths:?}");
    for path in paths {
        let mut args = vec!["--lang", "ru"];
        args.extend(path.iter().map(String::as_str));
        args.push("--help");
        let help = db.ok(&args);
        let latin = help
            .split('<')
            .skip(1)
            .filter_map(|rest| rest.split_once('>').map(|(name, _)| name))
            .find(|name| name.chars().any(|c| c.is_ascii_uppercase()));
        assert!(latin.is_none(), "{path:?}: <{}> in\n{help}", latin.unwrap_or_default());
    }
}
