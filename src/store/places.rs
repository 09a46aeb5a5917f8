//! Where the projects a query shows stand: the few columns the map draws, for the
//! projects that have both a latitude and a longitude.

use rusqlite::params_from_iter;

use super::row;
use super::{ProjectQuery, Store, StoreError};
use crate::domain::{Axis, Coordinate, Status};

/// A located project, as the map marks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub id: i64,
    pub name: String,
    pub name_ru: Option<String>,
    pub status: Option<Status>,
    pub latitude: Coordinate,
    pub longitude: Coordinate,
}

impl Store {
    /// The located projects among those the query shows, north to south, then west to
    /// east (the order the map's cursor walks), then by id.
    pub fn places(&self, query: &ProjectQuery) -> Result<Vec<Placed>, StoreError> {
        let (clause, params) = self.where_clause(query)?;
        let sql = format!(
            "SELECT id, name, name_ru, status, latitude, longitude FROM projects
             WHERE ({clause}) AND latitude IS NOT NULL AND longitude IS NOT NULL"
        );
        let context = "reading where the projects stand";
        let mut statement = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| StoreError::from_sqlite(e, context))?;
        let rows = statement
            .query_map(params_from_iter(params), |r| {
                let coordinate = |index, axis| row::text(r, index).and_then(|c| Coordinate::stored(&c, axis));
                Ok(coordinate(4, Axis::Latitude)
                    .zip(coordinate(5, Axis::Longitude))
                    .map(|(latitude, longitude)| Placed {
                        id: r.get(0).unwrap_or_default(),
                        name: row::text(r, 1).unwrap_or_default(),
                        name_ru: row::text(r, 2),
                        status: row::text(r, 3).and_then(|s| Status::parse(&s).ok()),
                        latitude,
                        longitude,
                    }))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| StoreError::from_sqlite(e, context))?;
        let mut places: Vec<Placed> = rows.into_iter().flatten().collect();
        places.sort_by(|a, b| {
            (b.latitude.micro(), a.longitude.micro(), a.id).cmp(&(a.latitude.micro(), b.longitude.micro(), b.id))
        });
        Ok(places)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn located_seed_projects_come_north_to_south_and_follow_the_filter() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("p.db")).unwrap();
        let places = store.places(&ProjectQuery::default()).unwrap();
        assert_eq!(
            places.first().map(|p| p.name.as_str()),
            Some("Chevrolet Onix small-scale car production")
        );
        assert!(places.windows(2).all(|w| w[0].latitude >= w[1].latitude));
        let building = ProjectQuery {
            statuses: vec![Some(Status::Construction)],
            ..ProjectQuery::default()
        };
        let places = store.places(&building).unwrap();
        assert_eq!(places.len(), 1);
        assert!(places[0].latitude.is_approximate());
    }
}
