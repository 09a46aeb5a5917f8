//! The one place that turns typed facts into words: messages, labels, plurals, numbers,
//! money and dates, per language (Project Fluent files `en.ftl` and `ru.ftl`).
//!
//! The language is chosen once at the edge ([`Lang::choose`]) and set for the thread
//! ([`set_language`]); everything below the edge returns typed facts, and the edge renders
//! them with [`tr!`](crate::tr) and the functions of [`format`]. Tests set the language of
//! their own thread, so English and Russian tests run side by side.

pub mod error;
pub mod format;
mod labels;
pub mod meetings;
mod places;
pub mod values;

use std::cell::{Cell, OnceCell};

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub use labels::{
    FieldForm, country_label, field_in, figure_line, metric_label, metric_short, metric_word, placed_name,
    project_name, project_ref_name, qualified, qualifier_word, scope_label, status_label,
};
pub use places::{
    as_stored, meeting_place, place_label, place_label_in, place_names, search_also, sector_code, sector_label,
};

/// A language ortaq speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
}

/// The Fluent sources of each language, embedded, one file per part of ortaq: every
/// message is in each language, with the same variables (a test holds them to that).
pub const SOURCES: [(Lang, &[&str]); 2] = [
    (
        Lang::En,
        &[
            include_str!("en/core.ftl"),
            include_str!("en/tui.ftl"),
            include_str!("en/cli.ftl"),
            include_str!("en/errors.ftl"),
            include_str!("en/access.ftl"),
            include_str!("en/report.ftl"),
            include_str!("en/meetings.ftl"),
            include_str!("en/operations.ftl"),
            include_str!("en/fields.ftl"),
        ],
    ),
    (
        Lang::Ru,
        &[
            include_str!("ru/core.ftl"),
            include_str!("ru/tui.ftl"),
            include_str!("ru/cli.ftl"),
            include_str!("ru/errors.ftl"),
            include_str!("ru/access.ftl"),
            include_str!("ru/report.ftl"),
            include_str!("ru/meetings.ftl"),
            include_str!("ru/operations.ftl"),
            include_str!("ru/fields.ftl"),
        ],
    ),
];

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The code used on the command line and in `ORTAQ_LANG`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// A language from a code or a locale: `ru`, `RU`, `ru_RU.UTF-8`, `ru-KZ`, `en_US`.
    pub fn from_locale(locale: &str) -> Option<Self> {
        let language = locale
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "ru" | "rus" | "russian" => Some(Lang::Ru),
            "en" | "eng" | "english" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language to speak: `--lang`, then `ORTAQ_LANG`, then the locale (`LANGUAGE`,
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`, as sys-locale reads them: OpenSSH passes the
    /// client's to the server, and no system locale needs to be installed). English when
    /// none names a language ortaq speaks.
    pub fn choose(flag: Option<&str>) -> Self {
        let from_env = || std::env::var("ORTAQ_LANG").ok().and_then(|v| Lang::from_locale(&v));
        let from_locale = || sys_locale::get_locales().find_map(|locale| Lang::from_locale(&locale));
        flag.and_then(Lang::from_locale)
            .or_else(from_env)
            .or_else(from_locale)
            .unwrap_or_default()
    }

    /// The language's Fluent files, as one source.
    pub fn source(self) -> String {
        SOURCES
            .iter()
            .find(|(lang, _)| *lang == self)
            .map(|(_, files)| files.join("\n"))
            .unwrap_or_default()
    }
}

/// Whether the locale's character set (`LC_ALL`, `LC_CTYPE`, `LANG`, the first set) is
/// UTF-8: then box-drawing and other marks beyond ASCII are safe to print.
pub fn utf8_locale() -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .is_some_and(|locale| {
            let locale = locale.to_lowercase();
            locale.contains("utf-8") || locale.contains("utf8")
        })
}

thread_local! {
    static LANGUAGE: Cell<Lang> = const { Cell::new(Lang::En) };
    static EN: OnceCell<FluentBundle<FluentResource>> = const { OnceCell::new() };
    static RU: OnceCell<FluentBundle<FluentResource>> = const { OnceCell::new() };
}

/// Speaks `lang` from now on, on this thread.
pub fn set_language(lang: Lang) {
    LANGUAGE.with(|current| current.set(lang));
}

/// The language spoken on this thread.
pub fn language() -> Lang {
    LANGUAGE.with(Cell::get)
}

/// A value for a message's variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A count: chooses the plural form and is shown with the language's digit groups.
    Count(i64),
    /// A number that may have a fraction (the plural form of `1,5 млн` is not `one`).
    Decimal(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(text.into_owned())
    }
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(count: $t) -> Self {
                Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(i64, i32, u32, u16, usize, u64);

impl From<f64> for Arg {
    fn from(value: f64) -> Self {
        Arg::Decimal(value)
    }
}

/// The message `id` in the current language, with its variables. A missing message
/// shows its id (the completeness tests keep that from happening).
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    message_in(language(), id, args)
}

/// The message `id` in `lang`.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    with_bundle(lang, |bundle| {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Count(count) => FluentValue::from(*count),
                Arg::Decimal(value) => FluentValue::Number(FluentNumber::from(*value)),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    })
}

/// The attribute `attribute` of the message `id` in `lang` (`.short`, `.word`); a
/// missing one shows as `id.attribute`.
pub fn attribute_in(lang: Lang, id: &str, attribute: &str) -> String {
    with_bundle(lang, |bundle| {
        let Some(pattern) = bundle
            .get_message(id)
            .and_then(|m| m.get_attribute(attribute))
            .map(|a| a.value())
        else {
            return format!("{id}.{attribute}");
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, None, &mut errors).into_owned()
    })
}

fn with_bundle<T>(lang: Lang, work: impl FnOnce(&FluentBundle<FluentResource>) -> T) -> T {
    let cell = match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    };
    cell.with(|cell| work(cell.get_or_init(|| bundle(lang))))
}

/// A bundle for `lang`. Fluent's bidi isolation marks are off: they take no room on
/// screen but count in widths and confuse terminals.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format_number_en,
        Lang::Ru => format_number_ru,
    }));
    // The sources are ortaq's own and checked by tests; a broken one loses only the
    // messages SQLite-style parse errors name, never the program.
    let resource = FluentResource::try_new(lang.source()).unwrap_or_else(|(partial, _)| partial);
    if let Err(errors) = bundle.add_resource(resource) {
        debug_assert!(errors.is_empty(), "{errors:?}");
    }
    bundle
}

fn format_number_en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    number_in(Lang::En, value)
}

fn format_number_ru<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    number_in(Lang::Ru, value)
}

/// Numbers inside messages with the language's digit groups and decimal mark.
fn number_in(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if number.value.fract() == 0.0 && number.value.abs() < 9.0e15 {
        #[allow(clippy::cast_possible_truncation)]
        return Some(format::count_in(lang, number.value as i64));
    }
    Some(format::decimal_in(lang, number.value, 1))
}

/// A message in the current language: `tr!("saved", field = name)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_flag_then_the_locale() {
        assert_eq!(Lang::from_locale("ru_RU.UTF-8"), Some(Lang::Ru));
        assert_eq!(Lang::from_locale("ru-KZ"), Some(Lang::Ru));
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("kk_KZ"), None);
        assert_eq!(Lang::choose(Some("ru")), Lang::Ru);
    }

    #[test]
    fn russian_plurals_follow_cldr() {
        for (count, expected) in [
            (0, "0 проектов"),
            (1, "1 проект"),
            (2, "2 проекта"),
            (5, "5 проектов"),
            (11, "11 проектов"),
            (21, "21 проект"),
            (22, "22 проекта"),
            (111, "111 проектов"),
            (14_600, "14\u{a0}600 проектов"),
        ] {
            assert_eq!(
                message_in(Lang::Ru, "count-projects", &[("count", Arg::Count(count))]),
                expected
            );
        }
        assert_eq!(
            message_in(Lang::En, "count-projects", &[("count", Arg::Count(1))]),
            "1 project"
        );
        assert_eq!(
            message_in(Lang::En, "count-projects", &[("count", Arg::Count(14_600))]),
            "14,600 projects"
        );
    }

    #[test]
    fn a_fraction_takes_the_fractional_form() {
        assert_eq!(
            message_in(Lang::Ru, "count-projects", &[("count", Arg::Decimal(1.5))]),
            "1,5 проекта"
        );
    }

    #[test]
    fn no_bidi_marks_reach_the_terminal() {
        let text = message_in(Lang::Ru, "count-projects", &[("count", Arg::Count(3))]);
        assert!(!text.chars().any(|c| matches!(c, '\u{2066}'..='\u{2069}')), "{text:?}");
    }

    #[test]
    fn each_thread_speaks_its_own_language() {
        set_language(Lang::Ru);
        let other = std::thread::spawn(language).join().unwrap_or(Lang::Ru);
        assert_eq!(other, Lang::En);
        assert_eq!(language(), Lang::Ru);
        set_language(Lang::En);
    }
}
