//! `ortaq export --format geojson` (issue 25): a FeatureCollection of the located projects
//! as RFC 7946 has it, positions as `[longitude, latitude]` within their ranges.

mod common;

use common::TestDb;
use serde_json::Value;

fn export(db: &TestDb) -> Value {
    serde_json::from_str(&db.ok(&["export", "--format", "geojson"])).expect("GeoJSON is JSON")
}

fn feature(collection: &Value, id: i64) -> &Value {
    let features = collection["features"].as_array().expect("features");
    features
        .iter()
        .find(|f| f["id"] == id)
        .expect("the project is a feature")
}

#[test]
fn every_feature_is_a_point_at_longitude_then_latitude_within_range() {
    let db = TestDb::new();
    db.ok(&["set", "7", "lat=-33.5", "lon=-70.25"]);
    let collection = export(&db);
    assert_eq!(collection["type"], "FeatureCollection");
    let features = collection["features"].as_array().unwrap();
    assert!(!features.is_empty());
    for feature in features {
        assert_eq!(feature["type"], "Feature");
        assert_eq!(feature["geometry"]["type"], "Point");
        let position = feature["geometry"]["coordinates"].as_array().unwrap();
        assert_eq!(position.len(), 2, "{feature}");
        let (longitude, latitude) = (position[0].as_f64().unwrap(), position[1].as_f64().unwrap());
        assert!((-180.0..=180.0).contains(&longitude) && (-90.0..=90.0).contains(&latitude));
        assert!(feature["properties"]["name"].is_string());
    }
    // Longitude first: Kostanay is at 53° N, 63° E; a southern, western place keeps its signs.
    assert_eq!(
        feature(&collection, 1)["geometry"]["coordinates"],
        serde_json::json!([63.62, 53.21])
    );
    assert_eq!(
        feature(&collection, 7)["geometry"]["coordinates"],
        serde_json::json!([-70.25, -33.5])
    );
}

#[test]
fn only_located_projects_are_features_and_approximate_ones_say_so() {
    let db = TestDb::new();
    let collection = export(&db);
    let located = db.count("SELECT count(*) FROM projects WHERE latitude IS NOT NULL AND longitude IS NOT NULL");
    assert_eq!(collection["features"].as_array().unwrap().len() as i64, located);
    // The joint foreign trade company (#9) has no place in the articles.
    assert!(collection["features"].as_array().unwrap().iter().all(|f| f["id"] != 9));
    assert_eq!(feature(&collection, 6)["properties"]["location_approximate"], true);
    assert_eq!(feature(&collection, 1)["properties"]["location_approximate"], false);
    // A project with only a latitude is not placed anywhere.
    db.ok(&["set", "9", "lat=41"]);
    assert!(export(&db)["features"].as_array().unwrap().iter().all(|f| f["id"] != 9));
}

/// What the map leaves out is said, never silent: the projects with no place counted, and
/// one with only a latitude named, in the language spoken.
#[test]
fn the_projects_left_out_of_the_map_are_said() {
    let db = TestDb::new();
    db.ok(&["set", "9", "lat=41"]);
    let unlocated = db.count("SELECT count(*) FROM projects WHERE latitude IS NULL AND longitude IS NULL");
    assert!(unlocated > 0, "the seed has projects with no place");
    let output = db.cmd().args(["export", "--format", "geojson"]).output().expect("run");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{said}");
    assert!(said.contains(&format!("{unlocated} project")), "{said}");
    assert!(
        said.contains("Only one of latitude and longitude is known for #9"),
        "{said}"
    );
    let output = db
        .cmd()
        .args(["--lang", "ru", "export", "--format", "geojson"])
        .output()
        .expect("run");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("только широта или только долгота у #9"), "{said}");
}
