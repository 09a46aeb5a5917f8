//! Which projects to show and in what order: filters, search words and sort, turned into
//! SQL built only from fixed fragments, with every value a bound parameter.

use rusqlite::types::Value;

use crate::domain::{Country, Status, text};

/// A column the projects can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Name,
    Location,
    Sector,
    Status,
    Investment,
    Jobs,
    Updated,
    Id,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortDirection {
    #[default]
    Ascending,
    Descending,
}

impl SortDirection {
    pub fn reversed(self) -> Self {
        match self {
            SortDirection::Ascending => SortDirection::Descending,
            SortDirection::Descending => SortDirection::Ascending,
        }
    }
}

impl SortKey {
    pub const ALL: [SortKey; 8] = [
        SortKey::Name,
        SortKey::Location,
        SortKey::Sector,
        SortKey::Status,
        SortKey::Investment,
        SortKey::Jobs,
        SortKey::Updated,
        SortKey::Id,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Location => "location",
            SortKey::Sector => "sector",
            SortKey::Status => "status",
            SortKey::Investment => "investment",
            SortKey::Jobs => "jobs",
            SortKey::Updated => "updated",
            SortKey::Id => "id",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        let wanted = name.trim().to_lowercase();
        let wanted = match wanted.as_str() {
            "country" | "region" => "location",
            "jobs_created" | "jobs_planned" => "jobs",
            other => other,
        };
        Self::ALL.into_iter().find(|key| key.name() == wanted)
    }

    /// ORDER BY terms; unknown values sort last whichever the direction.
    fn order_terms(self) -> &'static [&'static str] {
        match self {
            SortKey::Name => &["name COLLATE NOCASE"],
            SortKey::Location => &["country IS NULL", "country", "region IS NULL", "region COLLATE NOCASE"],
            SortKey::Sector => &["sector IS NULL", "sector COLLATE NOCASE"],
            SortKey::Status => &[
                "status IS NULL",
                "CASE status WHEN 'proposed' THEN 0 WHEN 'agreed' THEN 1 WHEN 'construction' THEN 2 \
                 WHEN 'operating' THEN 3 WHEN 'suspended' THEN 4 WHEN 'cancelled' THEN 5 END",
            ],
            SortKey::Investment => &["investment IS NULL", "investment"],
            SortKey::Jobs => &[
                "coalesce(jobs_created, jobs_planned) IS NULL",
                "coalesce(jobs_created, jobs_planned)",
            ],
            SortKey::Updated => &["updated_at"],
            SortKey::Id => &[],
        }
    }
}

/// A way of grouping projects in a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Status,
    Country,
    Sector,
}

impl Dimension {
    pub const ALL: [Dimension; 3] = [Dimension::Status, Dimension::Country, Dimension::Sector];

    pub fn name(self) -> &'static str {
        match self {
            Dimension::Status => "status",
            Dimension::Country => "country",
            Dimension::Sector => "sector",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        let wanted = name.trim().to_lowercase();
        Self::ALL.into_iter().find(|d| d.name() == wanted)
    }

    /// What projects are grouped by: the column, with a value the schema forbids (written
    /// by another tool) grouped with the unknown ones, as it is shown everywhere else.
    pub(crate) fn group_key(self) -> String {
        match self {
            Dimension::Status => format!("CASE WHEN {} THEN status END", super::valid::status("status")),
            Dimension::Country => format!("CASE WHEN {} THEN country END", super::valid::country("country")),
            Dimension::Sector => "sector".to_string(),
        }
    }

    /// Orders two values of this dimension: statuses in lifecycle order, countries
    /// KZ, UZ, KZ+UZ, sectors alphabetically; unknown last.
    pub fn compare(self, a: Option<&str>, b: Option<&str>) -> std::cmp::Ordering {
        let rank = |value: Option<&str>| -> (u8, usize, String) {
            let Some(value) = value else {
                return (1, 0, String::new());
            };
            let position = match self {
                Dimension::Status => Status::ALL.iter().position(|s| s.as_str() == value),
                Dimension::Country => Country::ALL.iter().position(|c| c.code() == value),
                Dimension::Sector => None,
            };
            (0, position.unwrap_or(usize::MAX), text::fold(value))
        };
        rank(a).cmp(&rank(b))
    }
}

/// What a search word also matches besides the stored text: the stored values a label
/// shown for it stands for (`ангрен` on a Russian screen: the seed's place
/// `Angren, [Tashkent region]`; `текстиль`: the sector `textiles`), and the countries
/// whose name shown holds it (`узбекистан`). Places and sectors are stored in English or
/// as codes and translated only for display, so a search by what the screen shows found
/// nothing (issue 21).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchAlso {
    /// Folded stored text, any of which in the search text matches the word.
    pub texts: Vec<String>,
    pub countries: Vec<Country>,
}

impl SearchAlso {
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty() && self.countries.is_empty()
    }
}

/// Says what a folded search word also matches, in the language spoken; given to the
/// store by the edge, which knows the labels ([`super::Store::set_search_labels`]).
pub type SearchLabels = fn(&str) -> SearchAlso;

/// Which projects to show and how to order them. Empty lists mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectQuery {
    /// `None` in the list stands for "status unknown".
    pub statuses: Vec<Option<Status>>,
    pub countries: Vec<Option<Country>>,
    pub sectors: Vec<Option<String>>,
    /// Words that must all occur in the name, Russian name, region, sector or partners.
    pub search: String,
    pub sort: SortKey,
    pub direction: SortDirection,
}

impl ProjectQuery {
    /// Whether the query shows only some of the live projects.
    pub fn is_filtered(&self) -> bool {
        !(self.statuses.is_empty()
            && self.countries.is_empty()
            && self.sectors.is_empty()
            && self.search.trim().is_empty())
    }

    /// An FTS5 query for the search words' trigrams (`"pla" AND "lan"` for "plan"): it
    /// finds, from the index alone, every project that can hold all the words, and a few
    /// that do not (the words' own instr test settles those). `None` when no word is
    /// long enough to have a trigram.
    #[cfg(test)]
    pub(crate) fn trigram_match(&self) -> Option<String> {
        self.trigram_match_with(None)
    }

    /// As [`Self::trigram_match`], leaving out the words that also match a label's
    /// stored value (the index holds only the stored text).
    pub(crate) fn trigram_match_with(&self, labels: Option<SearchLabels>) -> Option<String> {
        let mut trigrams: Vec<String> = Vec::new();
        for word in text::fold(&self.search).split_whitespace() {
            if labels.is_some_and(|labels| !labels(word).is_empty()) {
                continue;
            }
            let chars: Vec<char> = word.chars().collect();
            for trigram in chars.windows(3) {
                let trigram: String = trigram.iter().collect();
                let quoted = format!("\"{}\"", trigram.replace('"', "\"\""));
                if !trigrams.contains(&quoted) {
                    trigrams.push(quoted);
                }
            }
        }
        (!trigrams.is_empty()).then(|| trigrams.join(" AND "))
    }

    /// The WHERE clause (live projects only) and its parameters, looking only at the
    /// projects the search index offers for `trigrams`.
    pub(crate) fn where_clause_among(&self, trigrams: &str, labels: Option<SearchLabels>) -> (String, Vec<Value>) {
        let (mut clause, mut params) = self.where_clause_with(labels);
        clause.push_str(" AND id IN (SELECT rowid FROM project_search WHERE project_search MATCH ?)");
        params.push(Value::Text(trigrams.to_string()));
        (clause, params)
    }

    /// The WHERE clause (live projects only) and its parameters.
    #[cfg(test)]
    pub(crate) fn where_clause(&self) -> (String, Vec<Value>) {
        self.where_clause_with(None)
    }

    /// The WHERE clause, each search word matching also what `labels` says it stands for.
    pub(crate) fn where_clause_with(&self, labels: Option<SearchLabels>) -> (String, Vec<Value>) {
        let mut clause = String::from("deleted_at IS NULL");
        let mut params = Vec::new();
        add_any_of(
            &mut clause,
            &mut params,
            "status",
            self.statuses
                .iter()
                .map(|s| s.map(|s| s.as_str().to_string()))
                .collect(),
        );
        add_any_of(
            &mut clause,
            &mut params,
            "country",
            self.countries.iter().map(|c| c.map(|c| c.code().to_string())).collect(),
        );
        add_any_of(&mut clause, &mut params, "sector", self.sectors.clone());
        for word in text::fold(&self.search).split_whitespace() {
            let also = labels.map(|labels| labels(word)).unwrap_or_default();
            let mut alternatives = vec!["instr(search_text, ?) > 0".to_string()];
            params.push(Value::Text(word.to_string()));
            for stored in also.texts {
                alternatives.push("instr(search_text, ?) > 0".to_string());
                params.push(Value::Text(stored));
            }
            for country in also.countries {
                alternatives.push("country = ?".to_string());
                params.push(Value::Text(country.code().to_string()));
            }
            match alternatives.as_slice() {
                [one] => clause.push_str(&format!(" AND {one}")),
                many => clause.push_str(&format!(" AND ({})", many.join(" OR "))),
            }
        }
        (clause, params)
    }

    /// The ORDER BY clause; ties are broken by id so the order is total and stable.
    pub(crate) fn order_clause(&self) -> String {
        let direction = match self.direction {
            SortDirection::Ascending => "ASC",
            SortDirection::Descending => "DESC",
        };
        let mut terms: Vec<String> = Vec::new();
        for term in self.sort.order_terms() {
            // "x IS NULL" keeps unknown values last in both directions.
            if term.ends_with("IS NULL") {
                terms.push(format!("{term} ASC"));
            } else {
                terms.push(format!("{term} {direction}"));
            }
        }
        terms.push(format!("id {direction}"));
        terms.join(", ")
    }
}

fn add_any_of(clause: &mut String, params: &mut Vec<Value>, column: &'static str, values: Vec<Option<String>>) {
    if values.is_empty() {
        return;
    }
    let mut alternatives = Vec::new();
    for value in values {
        match value {
            Some(value) => {
                alternatives.push(format!("{column} = ?"));
                params.push(Value::Text(value));
            }
            None => alternatives.push(format!("{column} IS NULL")),
        }
    }
    clause.push_str(&format!(" AND ({})", alternatives.join(" OR ")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_parameters_not_sql() {
        let query = ProjectQuery {
            statuses: vec![Some(Status::Operating), None],
            sectors: vec![Some("'; DROP TABLE projects;--".into())],
            search: "Шымкент  plant".into(),
            ..ProjectQuery::default()
        };
        let (clause, params) = query.where_clause();
        assert!(!clause.contains("DROP"));
        assert_eq!(
            clause,
            "deleted_at IS NULL AND (status = ? OR status IS NULL) AND (sector = ?) \
             AND instr(search_text, ?) > 0 AND instr(search_text, ?) > 0"
        );
        assert_eq!(params.len(), 4);
        assert_eq!(params[2], Value::Text("шымкент".into()));
    }

    #[test]
    fn search_words_become_their_trigrams() {
        let query = |search: &str| ProjectQuery {
            search: search.into(),
            ..ProjectQuery::default()
        };
        assert_eq!(query("Plan").trigram_match().as_deref(), Some("\"pla\" AND \"lan\""));
        assert_eq!(query("a ШЫМК").trigram_match().as_deref(), Some("\"шым\" AND \"ымк\""));
        assert_eq!(query("ab x").trigram_match(), None, "too short for the index");
        assert_eq!(
            query("a\"b\"").trigram_match().as_deref(),
            Some("\"a\"\"b\" AND \"\"\"b\"\"\"")
        );
        assert_eq!(query("aaaa").trigram_match().as_deref(), Some("\"aaa\""));
    }

    #[test]
    fn unknown_values_sort_last_both_ways() {
        let mut query = ProjectQuery {
            sort: SortKey::Investment,
            ..ProjectQuery::default()
        };
        assert_eq!(query.order_clause(), "investment IS NULL ASC, investment ASC, id ASC");
        query.direction = SortDirection::Descending;
        assert_eq!(query.order_clause(), "investment IS NULL ASC, investment DESC, id DESC");
    }
}
