//! The forms: a new project (every field, checked as typed) and a dated update (date,
//! multi-line text, optional source).

use chrono::NaiveDate;
use ratatui_textarea::{TextArea, WrapMode};
use tui_input::Input;

use super::edit::parse_field;
use super::notice::InputProblem;
use crate::domain::{EdtfDate, Field, FieldValue, NewProject};
use crate::store::{NewDatedNote, Source};

/// One input of a form with its current problem.
#[derive(Debug, Clone)]
pub struct FormField {
    pub field: Field,
    pub input: Input,
    pub error: Option<InputProblem>,
}

/// The form that adds a project.
#[derive(Debug, Clone)]
pub struct ProjectForm {
    pub fields: Vec<FormField>,
    pub focus: usize,
}

impl Default for ProjectForm {
    fn default() -> Self {
        Self {
            // A figure's source is attached after the figure is in (the source picker).
            fields: Field::ALL
                .iter()
                .filter(|field| field.figure().is_none())
                .map(|field| FormField {
                    field: *field,
                    input: Input::default(),
                    error: None,
                })
                .collect(),
            focus: 0,
        }
    }
}

impl ProjectForm {
    /// Everything typed, to tell whether closing would lose anything (empty: nothing).
    pub fn typed(&self) -> String {
        let typed: Vec<&str> = self.fields.iter().map(|f| f.input.value()).collect();
        if typed.iter().all(|t| t.trim().is_empty()) {
            String::new()
        } else {
            typed.join("\u{1f}")
        }
    }

    pub fn focused(&mut self) -> &mut FormField {
        let index = self.focus.min(self.fields.len() - 1);
        &mut self.fields[index]
    }

    pub fn is_last(&self) -> bool {
        self.focus + 1 >= self.fields.len()
    }

    pub fn move_focus(&mut self, forward: bool) {
        let count = self.fields.len();
        self.focus = if forward {
            (self.focus + 1) % count
        } else {
            (self.focus + count - 1) % count
        };
    }

    /// Checks the focused field as it is typed. An empty name is only flagged on saving.
    pub fn validate_focused(&mut self, sources: &[Source], today: NaiveDate) {
        let field = self.focused();
        field.error = if field.field == Field::Name && field.input.value().trim().is_empty() {
            None
        } else {
            parse_field(field.field, field.input.value(), sources, today).err()
        };
    }

    /// Every field checked; the first problem moves the focus to its field.
    pub fn build(&mut self, sources: &[Source], today: NaiveDate) -> Result<NewProject, InputProblem> {
        let mut values = Vec::new();
        let mut first_problem = None;
        for (index, form_field) in self.fields.iter_mut().enumerate() {
            match parse_field(form_field.field, form_field.input.value(), sources, today) {
                Ok(FieldValue::Null) => form_field.error = None,
                Ok(value) => {
                    form_field.error = None;
                    values.push((form_field.field, value));
                }
                Err(problem) => {
                    form_field.error = Some(problem.clone());
                    first_problem.get_or_insert((index, problem));
                }
            }
        }
        if let Some((index, problem)) = first_problem {
            self.focus = index;
            return Err(problem);
        }
        NewProject::new(values)
            .map(NewProject::with_source_on_figures)
            .map_err(InputProblem::Value)
    }
}

/// Which part of the update form has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotePart {
    Date,
    Text,
    Source,
}

/// What a dated update is about: a project, or an agreement's progress (issue 24).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteAbout {
    Project(i64),
    Agreement(i64),
}

/// The form that adds a dated update to a project or an agreement.
#[derive(Debug, Clone)]
pub struct NoteForm {
    pub about: NoteAbout,
    /// How the title names what the update is about.
    pub name: String,
    pub date: Input,
    pub text: TextArea<'static>,
    pub source: Input,
    pub focus: NotePart,
    pub error: Option<InputProblem>,
}

impl NoteForm {
    /// The text and source typed (the date comes filled in), to tell whether closing
    /// would lose anything (empty: nothing).
    pub fn typed(&self) -> String {
        let text = self.text.lines().join("\n");
        if text.trim().is_empty() && self.source.value().trim().is_empty() {
            String::new()
        } else {
            format!("{}\u{1f}{text}\u{1f}{}", self.date.value(), self.source.value())
        }
    }

    pub fn new(project_id: i64, project_name: &str, today: NaiveDate) -> Self {
        Self::about(NoteAbout::Project(project_id), project_name, today)
    }

    /// An update of what `about` names, called `name` in the title.
    pub fn about(about: NoteAbout, name: &str, today: NaiveDate) -> Self {
        let mut text = TextArea::default();
        // Notes are prose: long lines wrap at words rather than scroll out of sight.
        text.set_wrap_mode(WrapMode::WordOrGlyph);
        Self {
            about,
            name: name.to_string(),
            // Today as the language writes it (23.11.2026 in Russian), as it is read back.
            date: Input::new(crate::i18n::format::date(&EdtfDate::from_naive(today))),
            text,
            source: Input::default(),
            focus: NotePart::Text,
            error: None,
        }
    }

    pub fn move_focus(&mut self, forward: bool) {
        self.focus = match (self.focus, forward) {
            (NotePart::Date, true) | (NotePart::Source, false) => NotePart::Text,
            (NotePart::Text, true) | (NotePart::Date, false) => NotePart::Source,
            (NotePart::Source, true) | (NotePart::Text, false) => NotePart::Date,
        };
    }

    /// Checks the date and the source as typed.
    pub fn validate(&mut self, sources: &[Source], today: NaiveDate) {
        self.error = self.parts(sources, today).err();
    }

    fn parts(&self, sources: &[Source], today: NaiveDate) -> Result<(EdtfDate, Option<i64>), InputProblem> {
        let date = EdtfDate::parse(self.date.value(), today).map_err(InputProblem::Date)?;
        // Refused here, as typed, rather than by the store after the save.
        date.refuse_future(today).map_err(InputProblem::Date)?;
        let source = match parse_field(Field::Source, self.source.value(), sources, today)? {
            FieldValue::Integer(id) => Some(id),
            _ => None,
        };
        Ok((date, source))
    }

    pub fn build(&mut self, sources: &[Source], today: NaiveDate) -> Result<NewDatedNote, InputProblem> {
        let result = self.parts(sources, today).and_then(|(date, source)| {
            NewDatedNote::new(date, &self.text.lines().join("\n"), source).map_err(InputProblem::Value)
        });
        self.error = result.as_ref().err().cloned();
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn project_form_reports_the_first_bad_field() {
        let mut form = ProjectForm::default();
        assert!(form.build(&[], today()).unwrap_err().text().contains("name"));
        form.fields[0].input = Input::new("Cement plant".into());
        form.fields[6].input = Input::new("lots".into());
        assert!(form.build(&[], today()).unwrap_err().text().starts_with("investment"));
        assert_eq!(form.focus, 6);
        form.fields[6].input = Input::new("12.5m".into());
        let project = form.build(&[], today()).unwrap();
        assert_eq!(
            project.values,
            vec![
                (Field::Name, FieldValue::Text("Cement plant".into())),
                (Field::Investment, FieldValue::Integer(12_500_000))
            ]
        );
    }

    #[test]
    fn the_date_is_prefilled_as_the_language_writes_it_and_read_back() {
        crate::i18n::set_language(crate::i18n::Lang::Ru);
        let mut form = NoteForm::new(1, "x", today());
        crate::i18n::set_language(crate::i18n::Lang::En);
        assert_eq!(form.date.value(), "23.11.2026");
        form.text.insert_str("Запущена линия");
        assert_eq!(form.build(&[], today()).unwrap().date.to_string(), "2026-11-23");
        assert_eq!(NoteForm::new(1, "x", today()).date.value(), "2026-11-23");
    }

    #[test]
    fn note_form_needs_text_and_a_date() {
        let mut form = NoteForm::new(1, "x", today());
        assert!(form.build(&[], today()).unwrap_err().text().contains("cannot be empty"));
        form.text.insert_str("Frames of eight buildings\nfinished");
        let update = form.build(&[], today()).unwrap();
        assert_eq!(update.text, "Frames of eight buildings\nfinished");
        assert_eq!(update.date.to_string(), "2026-11-23");
        form.date = Input::new("31.02.2025".into());
        assert!(form.build(&[], today()).unwrap_err().text().starts_with("date"));
    }
}
