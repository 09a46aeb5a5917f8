//! Sectors and the seed's places in the language spoken.
//!
//! A sector is a code with a label per language: `electrical` is «электротехника» on a
//! Russian screen, and `электротехника` typed by a user is stored as `electrical`, so both
//! are one group in a summary. A sector not known here is stored and shown as typed.
//! Regions stay as typed; the seed's places (written in English) have their Russian
//! names here, shown on Russian screens.

use super::{Lang, language, message_in};

/// The known sectors' codes (stored), each with a label per language in the Fluent
/// files (`sector-` and the code, spaces as hyphens).
const SECTORS: &[&str] = &[
    "agriculture",
    "automotive",
    "chemicals",
    "construction materials",
    "electrical",
    "energy",
    "food",
    "household appliances",
    "industrial zone",
    "logistics",
    "machinery",
    "metallurgy",
    "mining",
    "pharmaceuticals",
    "textiles",
    "trade",
    "transport",
];

/// The seed's places as stored (English; brackets mark what the seed added to the
/// article's words) and in Russian.
const SEED_PLACES: &[(&str, &str)] = &[
    ("Angren, [Tashkent region]", "Ангрен, [Ташкентская область]"),
    (
        "Border of Turkestan region (KZ) and Syr Darya region (UZ)",
        "граница Туркестанской области (KZ) и Сырдарьинской области (UZ)",
    ),
    ("Kostanay, [Kostanay region]", "Костанай, [Костанайская область]"),
    ("Saran, [Karaganda region]", "Сарань, [Карагандинская область]"),
    ("Shymkent / Turkestan region", "Шымкент / Туркестанская область"),
];

/// Towns where the commission, its forums and its working groups meet (and the seed's
/// towns), in English and Russian: a meeting's place is found and shown by either.
const TOWNS: &[(&str, &str)] = &[
    ("Aktau", "Актау"),
    ("Almaty", "Алматы"),
    ("Andijan", "Андижан"),
    ("Angren", "Ангрен"),
    ("Astana", "Астана"),
    ("Atyrau", "Атырау"),
    ("Bukhara", "Бухара"),
    ("Fergana", "Фергана"),
    ("Karaganda", "Караганда"),
    ("Khiva", "Хива"),
    ("Kostanay", "Костанай"),
    ("Kyzylorda", "Кызылорда"),
    ("Namangan", "Наманган"),
    ("Nukus", "Нукус"),
    ("Samarkand", "Самарканд"),
    ("Saran", "Сарань"),
    ("Shymkent", "Шымкент"),
    ("Taraz", "Тараз"),
    ("Tashkent", "Ташкент"),
    ("Termez", "Термез"),
    ("Turkestan", "Туркестан"),
    ("Urgench", "Ургенч"),
];

/// The known names of a place as stored: the seed's places and the towns above, in
/// both languages, matched whatever the case or script it was typed in.
fn known(stored: &str) -> Option<(&'static str, &'static str)> {
    let key = crate::domain::text::name_key(stored);
    SEED_PLACES
        .iter()
        .chain(TOWNS)
        .find(|(english, russian)| {
            crate::domain::text::name_key(english) == key || crate::domain::text::name_key(russian) == key
        })
        .copied()
}

/// Every name of a stored place: itself, and where it is known, its name in each
/// language (`хива` → `хива`, `Khiva`, `Хива`). The store finds and compares meetings'
/// places by these.
pub fn place_names(stored: &str) -> Vec<String> {
    let mut names = vec![stored.to_string()];
    if let Some((english, russian)) = known(stored) {
        names.extend([english.to_string(), russian.to_string()]);
    }
    names
}

/// A stored place as `lang` names it: a known place in that language, anything else as
/// stored.
pub fn place_label_in(lang: Lang, stored: &str) -> String {
    match (known(stored), lang) {
        (Some((english, _)), Lang::En) => english.to_string(),
        (Some((_, russian)), Lang::Ru) => russian.to_string(),
        _ => stored.to_string(),
    }
}

fn sector_id(code: &str) -> String {
    format!("sector-{}", code.replace(' ', "-"))
}

/// A known sector's label in `lang`.
fn sector_label_in(lang: Lang, code: &str) -> String {
    message_in(lang, &sector_id(code), &[])
}

/// A stored sector as the language spoken names it: a known code's label, anything
/// else as stored.
pub fn sector_label(stored: &str) -> String {
    match SECTORS.iter().find(|code| **code == stored) {
        Some(code) => sector_label_in(language(), code),
        None => stored.to_string(),
    }
}

/// The code of a sector typed as its code or its label in any language (any case):
/// `Электротехника`, `electrical` → `electrical`. `None` for a sector not known here.
pub fn sector_code(typed: &str) -> Option<&'static str> {
    let typed = typed.trim().to_lowercase();
    SECTORS.iter().copied().find(|code| {
        *code == typed
            || Lang::ALL
                .iter()
                .any(|lang| sector_label_in(*lang, code).to_lowercase() == typed)
    })
}

/// A value about to be stored: a sector typed as a known label becomes its code, a seed
/// place typed as its Russian label (as a Russian screen shows it, and the editor fills
/// it in) the place as stored; any other value is left as it is.
pub fn as_stored(field: crate::domain::Field, value: crate::domain::FieldValue) -> crate::domain::FieldValue {
    use crate::domain::{Field, FieldValue};
    match (&field, &value) {
        (Field::Sector, FieldValue::Text(typed)) => {
            sector_code(typed).map_or(value, |code| FieldValue::Text(code.to_string()))
        }
        (Field::Region, FieldValue::Text(typed)) => SEED_PLACES
            .iter()
            .find(|(_, russian)| *russian == typed.trim())
            .map_or(value, |(stored, _)| FieldValue::Text((*stored).to_string())),
        _ => value,
    }
}

/// A stored region as the language spoken names it: one of the seed's places in
/// Russian on a Russian screen, anything else as stored.
pub fn place_label(stored: &str) -> String {
    if language() == Lang::En {
        return stored.to_string();
    }
    SEED_PLACES
        .iter()
        .find(|(english, _)| *english == stored)
        .map_or_else(|| stored.to_string(), |(_, russian)| (*russian).to_string())
}

/// What a folded search word also matches: the stored value of every seed place and
/// sector whose label in the language spoken holds it, and every country whose name
/// shown does (`ангрен`, `текстиль`, `узбекистан` on a Russian screen). A word of one
/// letter matches by the stored text alone.
pub fn search_also(word: &str) -> crate::store::SearchAlso {
    use crate::domain::{Country, text::fold};
    let lang = language();
    let mut also = crate::store::SearchAlso::default();
    if word.chars().count() < 2 {
        return also;
    }
    let holds = |label: &str| fold(label).contains(word);
    for (stored, russian) in SEED_PLACES {
        if lang == Lang::Ru && holds(russian) && !holds(stored) {
            also.texts.push(fold(stored));
        }
    }
    for code in SECTORS {
        if holds(&sector_label_in(lang, code)) && !holds(code) {
            also.texts.push(fold(code));
        }
    }
    for country in Country::ALL {
        if holds(&super::country_label(country)) {
            also.countries.push(country);
        }
    }
    also
}

/// A meeting's place as the language spoken names it: a known town in that language
/// (`Khiva` is «Хива» on a Russian screen, `Хива` is Khiva on an English one), anything
/// else as stored.
pub fn meeting_place(stored: &str) -> String {
    place_label_in(language(), stored)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_language;

    /// «электротехника» typed by a user was a group of its own beside `electrical`.
    #[test]
    fn a_sector_typed_in_either_language_is_its_code() {
        assert_eq!(sector_code("электротехника"), Some("electrical"));
        assert_eq!(sector_code(" Электротехника "), Some("electrical"));
        assert_eq!(sector_code("electrical"), Some("electrical"));
        assert_eq!(sector_code("Textiles"), Some("textiles"));
        assert_eq!(sector_code("текстиль"), Some("textiles"));
        assert_eq!(sector_code("стройматериалы"), Some("construction materials"));
        assert_eq!(sector_code("виноделие"), None, "unknown stays as typed");
    }

    #[test]
    fn seed_sectors_and_places_are_russian_on_russian_screens() {
        set_language(Lang::Ru);
        let russian = [
            sector_label("electrical"),
            sector_label("household appliances"),
            sector_label("виноделие"),
            place_label("Angren, [Tashkent region]"),
            place_label("Ташкент"),
        ];
        set_language(Lang::En);
        assert_eq!(
            russian,
            [
                "электротехника",
                "бытовая техника",
                "виноделие",
                "Ангрен, [Ташкентская область]",
                "Ташкент"
            ]
        );
        assert_eq!(sector_label("household appliances"), "household appliances");
        assert_eq!(place_label("Angren, [Tashkent region]"), "Angren, [Tashkent region]");
    }

    /// Every code has a label in both languages, and no two codes share one.
    #[test]
    fn every_sector_has_a_label_in_both_languages() {
        for lang in Lang::ALL {
            let labels: Vec<String> = SECTORS.iter().map(|code| sector_label_in(lang, code)).collect();
            for (code, label) in SECTORS.iter().zip(&labels) {
                assert!(!label.starts_with("sector-"), "{code} in {lang:?}");
                assert_eq!(sector_code(label), Some(*code), "{label}");
            }
        }
    }
}
