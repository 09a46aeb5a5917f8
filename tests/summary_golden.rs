//! Golden outputs of `ortaq summary` on the seed database, for each format and grouping,
//! reviewed and kept as snapshots: the same data must give the same bytes.

mod common;

use common::TestDb;

fn golden(db: &TestDb, args: &[&str]) -> String {
    db.ok(args)
}

#[test]
fn every_format_and_grouping_on_the_seed() {
    let db = TestDb::new();
    for by in ["status", "country", "sector", "country,status"] {
        for format in ["text", "markdown", "csv", "json"] {
            let output = golden(&db, &["summary", "--by", by, "--format", format]);
            assert_eq!(
                output,
                golden(&db, &["summary", "--by", by, "--format", format]),
                "deterministic"
            );
            let name = format!("summary_{}_{format}", by.replace(',', "_"));
            insta::assert_snapshot!(name, output);
        }
    }
    insta::assert_snapshot!("summary_trend", golden(&db, &["summary", "--trend"]));
}

#[test]
fn hand_built_totals_are_computed_independently() {
    let db = TestDb::new();
    db.ok(&["--empty", "list"]);
    let projects = [
        ("A", "KZ", "operating", Some(100_000_000_i64), Some(500_i64)),
        ("B", "KZ", "construction", Some(250_000_000), None),
        ("C", "UZ", "operating", None, Some(40)),
        ("D", "KZ+UZ", "proposed", Some(1_000), Some(0)),
    ];
    for (name, country, status, investment, jobs) in projects {
        let mut args = vec![
            "add".to_string(),
            "--name".into(),
            name.into(),
            "--country".into(),
            country.into(),
            "--status".into(),
            status.into(),
        ];
        if let Some(dollars) = investment {
            args.extend(["--investment".into(), dollars.to_string()]);
        }
        if let Some(jobs) = jobs {
            args.extend(["--jobs-planned".into(), jobs.to_string()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        db.ok(&args);
    }
    let json: serde_json::Value =
        serde_json::from_str(&db.ok(&["summary", "--by", "status", "--format", "json"])).unwrap();
    let expected_investment: i64 = projects.iter().filter_map(|p| p.3).sum();
    let expected_unknown = projects.iter().filter(|p| p.3.is_none()).count() as i64;
    let expected_jobs: i64 = projects.iter().filter_map(|p| p.4).sum();
    assert_eq!(json["total"]["projects"], 4);
    assert_eq!(json["total"]["investment"], expected_investment);
    assert_eq!(json["total"]["investment_unknown"], expected_unknown);
    assert_eq!(json["total"]["jobs_planned"], expected_jobs);
    let operating = json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["group"]["status"] == "operating")
        .unwrap();
    assert_eq!(operating["projects"], 2);
    assert_eq!(
        operating["investment"], 100_000_000,
        "C's unknown figure is left out, not zero"
    );
    assert_eq!(operating["investment_unknown"], 1);
    let order: Vec<&str> = json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["group"]["status"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["proposed", "construction", "operating"], "lifecycle order");
    let text = db.ok(&["summary", "--by", "status", "--ascii"]);
    assert!(text.contains("$350M"), "{text}");
    assert!(text.contains("71.4%"), "B's share of 350,001,000: {text}");
}
