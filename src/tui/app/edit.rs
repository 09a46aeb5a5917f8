//! Editing one cell in place: a text input for most fields, a picker for status and
//! country. Values are checked as they are typed, with the domain's own rules.

use std::cmp::Reverse;

use chrono::NaiveDate;
use tui_input::Input;

use super::notice::{ConflictNote, InputProblem};
use crate::domain::{Country, EdtfDate, Field, FieldValue, Project, Status, group_digits, text};
use crate::store::{Source, SourceMatch, match_source};

/// A cell being typed into.
#[derive(Debug, Clone)]
pub struct CellEdit {
    pub project_id: i64,
    /// The version the edit started from; a newer one in the store is a conflict.
    pub version: i64,
    pub field: Field,
    pub input: Input,
    /// What is wrong with the text so far, if anything.
    pub error: Option<InputProblem>,
    /// Set after a conflict: who changed the project, and that Enter applies anyway.
    pub conflict: Option<ConflictNote>,
    /// The text the input started with: Esc after a change asks before throwing it away.
    pub initial: String,
}

impl CellEdit {
    pub fn new(project: &Project, field: Field) -> Self {
        let initial = edit_text(project, field);
        Self {
            project_id: project.id,
            version: project.version,
            field,
            input: Input::new(initial.clone()),
            error: None,
            conflict: None,
            initial,
        }
    }

    /// The text typed, when it is not what the input started with.
    pub fn changed(&self) -> Option<String> {
        (self.input.value() != self.initial).then(|| self.input.value().to_string())
    }

    /// Checks the text typed so far, remembering the problem for display.
    pub fn validate(&mut self, sources: &[Source], today: NaiveDate) -> Result<FieldValue, InputProblem> {
        let result = parse_field(self.field, self.input.value(), sources, today);
        self.error = result.as_ref().err().cloned();
        result
    }
}

/// The text an input starts with: the value in a form that parses back to itself.
/// Figures are grouped by spaces (`12 500 000`), which read one way in every language:
/// `1,500` would be refused unchanged as ambiguous (English 1500, Russian 1,5).
pub fn edit_text(project: &Project, field: Field) -> String {
    let grouped = |value: i64| group_digits(value, ' ');
    match field {
        Field::Investment => project.investment.map(|m| grouped(m.dollars())).unwrap_or_default(),
        Field::JobsPlanned => project.jobs_planned.map(grouped).unwrap_or_default(),
        Field::JobsCreated => project.jobs_created.map(grouped).unwrap_or_default(),
        // A known sector as the language names it (it is read back to its code).
        Field::Sector => project
            .sector
            .as_deref()
            .map(|sector| text::clean_input(&crate::i18n::sector_label(sector), false))
            .unwrap_or_default(),
        // A seed place as the screen shows it (read back to the stored place).
        Field::Region => project
            .region
            .as_deref()
            .map(|region| text::clean_input(&crate::i18n::place_label(region), false))
            .unwrap_or_default(),
        // Stored text may hold controls written by other tools; they are not carried
        // into the input, where they would be saved back.
        other => text::clean_input(
            &project.value(other).to_audit().unwrap_or_default(),
            other == Field::Description,
        ),
    }
}

/// Parses a field's text; a source may be named by id or by a fragment of its
/// publisher or title.
pub fn parse_field(
    field: Field,
    input: &str,
    sources: &[Source],
    today: NaiveDate,
) -> Result<FieldValue, InputProblem> {
    if field != Field::Source {
        return field
            .parse_value(input, today)
            .map(|value| crate::i18n::as_stored(field, value))
            .map_err(InputProblem::Value);
    }
    let wanted = input.trim();
    if wanted.is_empty() {
        return Ok(FieldValue::Null);
    }
    match match_source(sources, wanted) {
        SourceMatch::Found(source) => Ok(FieldValue::Integer(source.id)),
        SourceMatch::NoSuchId(id) => Err(InputProblem::NoSuchSource(id)),
        SourceMatch::NoMatch => Err(InputProblem::NoSourceMatches(wanted.to_string())),
        SourceMatch::Ambiguous(many) => Err(InputProblem::SourceAmbiguous {
            wanted: wanted.to_string(),
            ids: many.iter().map(|s| s.id).collect(),
        }),
    }
}

/// A source as one line of the picker: `#2 The Times of Central Asia — Kazakhstan and…`,
/// made safe for the terminal and short enough for the popup.
/// A source's publication date, if it has one ortaq can read (`None` sorts last).
fn published(source: &Source) -> Option<EdtfDate> {
    source.published.as_deref().and_then(|text| text.parse().ok())
}

fn source_choice(source: &Source) -> String {
    let line = crate::tui::words::source_name(std::slice::from_ref(source), source.id);
    text::truncate_to_width(&text::for_terminal(&line), 60)
}

/// A small list to choose a status, a country or a figure's source from.
#[derive(Debug, Clone)]
pub struct Picker {
    pub project_id: i64,
    pub version: i64,
    pub field: Field,
    pub options: Vec<(String, FieldValue)>,
    pub cursor: usize,
    pub conflict: Option<ConflictNote>,
    /// A menu of the project's fields (key `E`): choosing one opens its editor, so every
    /// field can be edited, not only those the table has a column for.
    pub fields_menu: bool,
}

impl Picker {
    /// Every field of the project a person edits (a figure's source is attached with
    /// `r`), each with its value now; the field under the cursor comes preselected.
    pub fn of_fields(project: &Project, sources: &[Source], current: Field) -> Self {
        let fields: Vec<Field> = Field::ALL.iter().copied().filter(|f| f.figure().is_none()).collect();
        let width = fields
            .iter()
            .map(|f| unicode_width::UnicodeWidthStr::width(crate::tui::words::field_label(*f).as_str()))
            .max()
            .unwrap_or(0);
        let options = fields
            .iter()
            .map(|field| {
                let label = crate::tui::words::field_label(*field);
                let pad = " ".repeat(width.saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str())));
                let value = crate::tui::words::field_value(sources, project, *field);
                let value: String = match value.as_str() {
                    "" => crate::report::UNKNOWN.to_string(),
                    value => crate::domain::text::for_terminal(value).chars().take(40).collect(),
                };
                (
                    format!("{label}{pad}  {value}"),
                    FieldValue::Text(field.name().to_string()),
                )
            })
            .collect();
        let mut menu = Self::on(project, current, options, &FieldValue::Text(current.name().to_string()));
        menu.fields_menu = true;
        menu
    }

    /// The field chosen in a menu of fields.
    pub fn chosen_field(&self) -> Option<Field> {
        match self.chosen() {
            FieldValue::Text(name) if self.fields_menu => Field::parse(&name).ok(),
            _ => None,
        }
    }

    /// A picker for a field that has one (status, country), starting on the current value.
    pub fn for_field(project: &Project, field: Field) -> Option<Self> {
        let mut options: Vec<(String, FieldValue)> = match field {
            Field::Status => Status::ALL
                .iter()
                .map(|s| (crate::i18n::status_label(*s), FieldValue::Text(s.as_str().into())))
                .collect(),
            Field::Country => Country::ALL
                .iter()
                .map(|c| {
                    let label = match c {
                        Country::Kazakhstan => format!("KZ     {}", crate::i18n::country_label(*c)),
                        Country::Uzbekistan => format!("UZ     {}", crate::i18n::country_label(*c)),
                        Country::Both => format!("KZ+UZ  {}", crate::tr!("tui-both-countries")),
                    };
                    (label, FieldValue::Text(c.code().into()))
                })
                .collect(),
            _ => return None,
        };
        options.push((crate::tr!("tui-unknown"), FieldValue::Null));
        Some(Self::on(project, field, options, &project.value(field)))
    }

    /// A picker of `field` with `options`, the cursor on `wanted` (else the first).
    fn on(project: &Project, field: Field, options: Vec<(String, FieldValue)>, wanted: &FieldValue) -> Self {
        let cursor = options.iter().position(|(_, value)| value == wanted).unwrap_or(0);
        Self {
            project_id: project.id,
            version: project.version,
            field,
            options,
            cursor,
            conflict: None,
            fields_menu: false,
        }
    }

    /// A picker of the source of a figure: sources newest first (by their publication
    /// date, the undated last, then the last added first), then "no source".
    /// `previous` (the source an edit just cleared, or the current one) is preselected,
    /// so Enter re-attaches it.
    pub fn for_source(project: &Project, figure: Field, sources: &[Source], previous: Option<i64>) -> Option<Self> {
        Some(Self::of_sources(project, figure.source_field()?, sources, previous))
    }

    /// A picker of the sources for the source field `field` (the project's own source,
    /// or a figure's), the cursor on `previous` (else on "no source").
    pub fn of_sources(project: &Project, field: Field, sources: &[Source], previous: Option<i64>) -> Self {
        // Newest first: the latest publication is the one most likely wanted.
        let mut newest_first: Vec<&Source> = sources.iter().collect();
        newest_first.sort_by_cached_key(|source| (Reverse(published(source)), Reverse(source.id)));
        let mut options: Vec<(String, FieldValue)> = newest_first
            .into_iter()
            .map(|source| (source_choice(source), FieldValue::Integer(source.id)))
            .collect();
        options.push((crate::tr!("tui-no-source"), FieldValue::Null));
        let wanted = previous.map_or(FieldValue::Null, FieldValue::Integer);
        Self::on(project, field, options, &wanted)
    }

    pub fn chosen(&self) -> FieldValue {
        self.options
            .get(self.cursor)
            .map(|(_, value)| value.clone())
            .unwrap_or(FieldValue::Null)
    }

    pub fn move_by(&mut self, delta: isize) {
        self.cursor = super::cursor::moved(self.cursor, delta, self.options.len());
    }

    /// Jumps to the first option starting with the letter typed; a source by its id's
    /// digit or its publisher's first letter (its line starts `#2 The Times…`). With the
    /// Russian layout on, a key that finds nothing as typed is read as the Latin letter
    /// on it (`р` is where `h` is), as the keymap reads it.
    pub fn jump_to(&mut self, letter: char) {
        let latin = crate::tui::keymap::latin_place(letter);
        if !self.jump_to_exactly(letter) && latin != letter {
            self.jump_to_exactly(latin);
        }
    }

    pub fn jump_to_exactly(&mut self, letter: char) -> bool {
        let wanted = letter.to_lowercase().to_string();
        let named = |label: &str| match self.field.is_source() {
            true => {
                label.trim_start_matches('#').starts_with(&wanted)
                    || label.split_once(' ').is_some_and(|(_, rest)| rest.starts_with(&wanted))
            }
            false => label.starts_with(&wanted),
        };
        match self.options.iter().position(|(label, _)| named(&label.to_lowercase())) {
            Some(index) => {
                self.cursor = index;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Money;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    /// A Russian cell edit of a seed sector started with its code (`construction
    /// materials`); it starts with the label, which is read back to the code.
    #[test]
    fn a_sector_is_edited_as_the_language_names_it() {
        let mut project = Project::blank();
        project.sector = Some("construction materials".into());
        crate::i18n::set_language(crate::i18n::Lang::Ru);
        let typed = edit_text(&project, Field::Sector);
        let read = parse_field(Field::Sector, &typed, &[], today());
        crate::i18n::set_language(crate::i18n::Lang::En);
        assert_eq!(typed, "стройматериалы");
        assert_eq!(read, Ok(FieldValue::Text("construction materials".into())));
    }

    #[test]
    fn inputs_start_with_text_that_parses_back() {
        let mut project = Project::blank();
        project.investment = Some(Money::from_dollars(12_500_000).unwrap());
        project.name = "Evil\u{1b}[2J".into();
        let mut edit = CellEdit::new(&project, Field::Investment);
        assert_eq!(edit.input.value(), "12 500 000");
        assert_eq!(edit.validate(&[], today()), Ok(FieldValue::Integer(12_500_000)));
        // Four digits were pre-filled as `1,500`, which the check refused unchanged.
        project.investment = Some(Money::from_dollars(1_500).unwrap());
        project.jobs_planned = Some(13_600);
        for field in [Field::Investment, Field::JobsPlanned] {
            let mut edit = CellEdit::new(&project, field);
            assert!(edit.validate(&[], today()).is_ok(), "{field:?}: {}", edit.input.value());
        }
        assert_eq!(CellEdit::new(&project, Field::Name).input.value(), "Evil[2J");
    }

    #[test]
    fn sources_are_found_by_id_or_fragment() {
        let source = |id: i64, publisher: &str| Source {
            id,
            publisher: publisher.into(),
            title: "t".into(),
            url: None,
            published: None,
            note: None,
        };
        let sources = [source(1, "UzA"), source(2, "BAQ.KZ"), source(3, "BAQ mirror")];
        assert_eq!(
            parse_field(Field::Source, "uza", &sources, today()),
            Ok(FieldValue::Integer(1))
        );
        assert_eq!(
            parse_field(Field::Source, "#2", &sources, today()),
            Ok(FieldValue::Integer(2))
        );
        assert!(
            parse_field(Field::Source, "baq", &sources, today())
                .unwrap_err()
                .text()
                .contains("matches 2")
        );
        assert!(
            parse_field(Field::Source, "9", &sources, today())
                .unwrap_err()
                .text()
                .contains("no source #9")
        );
    }

    #[test]
    fn the_source_picker_lists_the_latest_published_first_and_the_undated_last() {
        let source = |id: i64, published: Option<&str>| Source {
            id,
            publisher: format!("P{id}"),
            title: "t".into(),
            url: None,
            published: published.map(str::to_string),
            note: None,
        };
        // Ids in the order added; publication dates in another order.
        let sources = [
            source(1, Some("2025-03")),
            source(2, None),
            source(3, Some("2023")),
            source(4, Some("2024-09/..")),
            source(5, Some("2025-03")),
            source(6, None),
        ];
        let project = Project::blank();
        let picker = Picker::for_source(&project, Field::Investment, &sources, None).unwrap();
        let ids: Vec<FieldValue> = picker.options.iter().map(|(_, value)| value.clone()).collect();
        let expected: Vec<FieldValue> = [5, 1, 4, 3, 6, 2]
            .into_iter()
            .map(FieldValue::Integer)
            .chain([FieldValue::Null])
            .collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn pickers_start_on_the_current_value_and_offer_unknown() {
        let mut project = Project::blank();
        project.status = Some(Status::Operating);
        let mut picker = Picker::for_field(&project, Field::Status).unwrap();
        assert_eq!(picker.chosen(), FieldValue::Text("operating".into()));
        picker.move_by(100);
        assert_eq!(picker.chosen(), FieldValue::Null);
        picker.jump_to('C');
        assert_eq!(picker.chosen(), FieldValue::Text("construction".into()));
        assert!(Picker::for_field(&project, Field::Name).is_none());
    }
}
