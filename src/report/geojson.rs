//! The located projects as GeoJSON (RFC 7946), for QGIS and web maps: a FeatureCollection
//! of Points at `[longitude, latitude]` (the RFC's order, not the spoken one), each with
//! the project's fields as the JSON export writes them, and `location_approximate` where
//! either coordinate is marked approximate. A machine format: no words.

use serde_json::{Value, json};

use crate::exchange::ProjectRecord;
use crate::store::Portfolio;

/// The projects a GeoJSON export leaves out: those with no coordinate, and those with
/// only one of the two (a likely slip, named so that it can be put right).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LeftOut {
    pub unlocated: usize,
    pub half_located: Vec<i64>,
}

/// What the FeatureCollection leaves out.
pub fn left_out(portfolio: &Portfolio) -> LeftOut {
    let mut left = LeftOut::default();
    for (project, _) in &portfolio.projects {
        match (project.latitude.is_some(), project.longitude.is_some()) {
            (true, true) => {}
            (false, false) => left.unlocated += 1,
            _ => left.half_located.push(project.id),
        }
    }
    left
}

/// The FeatureCollection, and how many projects it holds (those with both coordinates).
pub fn to_feature_collection(portfolio: &Portfolio) -> (String, usize) {
    let features: Vec<Value> = portfolio
        .projects
        .iter()
        .filter_map(|(project, _)| {
            let (latitude, longitude) = project.position()?;
            let record = ProjectRecord {
                project,
                sources: &portfolio.sources,
                updates: None,
            };
            let mut properties = serde_json::to_value(&record).ok()?;
            if let Some(map) = properties.as_object_mut() {
                let approximate = latitude.is_approximate() || longitude.is_approximate();
                map.insert("location_approximate".into(), Value::Bool(approximate));
            }
            Some(json!({
                "type": "Feature",
                "id": project.id,
                "geometry": {
                    "type": "Point",
                    "coordinates": [longitude.degrees(), latitude.degrees()],
                },
                "properties": properties,
            }))
        })
        .collect();
    let count = features.len();
    let collection = json!({ "type": "FeatureCollection", "features": features });
    let text = serde_json::to_string_pretty(&collection).unwrap_or_default() + "\n";
    (text, count)
}
