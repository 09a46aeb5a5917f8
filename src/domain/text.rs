//! Text rules: what may be stored from typed or pasted input, how untrusted stored text
//! is made safe to show on a terminal, and how text is folded for searching.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// Characters that reorder text on screen and can make one thing look like another.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Whether a character must never reach the terminal as it is: C0 and C1 controls,
/// DEL, and bidirectional overrides.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Makes stored text safe for one line of a terminal: controls become visible caret
/// notation (`^[` for ESC), C1 controls and bidi overrides become `�`, and line breaks
/// become spaces.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(&mut shown, c, false);
    }
    Cow::Owned(shown)
}

/// As [`for_terminal`], but keeps line breaks, for wrapped multi-line text.
pub fn for_terminal_multiline(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && c != '\n') {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(&mut shown, c, true);
    }
    Cow::Owned(shown)
}

fn push_visible(out: &mut String, c: char, keep_newlines: bool) {
    match c {
        '\n' if keep_newlines => out.push('\n'),
        '\n' | '\r' | '\t' => out.push(' '),
        '\u{0}'..='\u{1f}' => {
            out.push('^');
            out.push(char::from(b'@' + c as u8));
        }
        '\u{7f}' => out.push_str("^?"),
        c if is_unsafe(c) => out.push('\u{fffd}'),
        c => out.push(c),
    }
}

/// Cleans typed or pasted text before it is stored: controls and bidi overrides are
/// dropped (tabs become spaces), runs of line breaks are kept only where `multiline`,
/// and the ends are trimmed.
pub fn clean_input(text: &str, multiline: bool) -> String {
    let mut cleaned = String::with_capacity(text.len());
    // One spelling of each letter (NFC): `й` typed as one character or as и + breve are
    // the same name, as they look.
    let composed: String = text.nfc().collect();
    let normalized = composed.replace("\r\n", "\n").replace('\r', "\n");
    for c in normalized.chars() {
        match c {
            '\n' if multiline => cleaned.push('\n'),
            '\n' | '\t' => cleaned.push(' '),
            c if is_unsafe(c) => {}
            c => cleaned.push(c),
        }
    }
    cleaned
        .trim_matches(|c: char| c.is_whitespace() || is_invisible(c))
        .to_string()
}

/// Characters that take no room on screen: a value made only of them (a name of one
/// zero-width space) would look empty, so they are trimmed from the ends like spaces.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{00ad}' | '\u{180e}' | '\u{034f}'
    )
}

/// What makes two names the same name to a reader: case (Latin and Cyrillic), `ё`/`е`,
/// Unicode form, and any run of spaces (no-break spaces from Excel included) aside.
/// For finding duplicates, not for storing.
pub fn name_key(text: &str) -> String {
    let compatible: String = text.nfkc().filter(|c| !is_invisible(*c)).collect();
    fold(&compatible).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Folds text for case-insensitive search in Latin and Cyrillic (`Шымкент` and
/// `шымкент` fold alike, and `ё` matches `е`).
pub fn fold(text: &str) -> String {
    text.to_lowercase().replace('ё', "е")
}

/// Cuts text to at most `width` terminal cells, ending in `…` where it was cut.
pub fn truncate_to_width(text: &str, width: usize) -> String {
    truncate_with(text, width, "…")
}

/// The cells a terminal gives text: the sum of its grapheme clusters' widths, as
/// ratatui lays them out (an emoji family joined by ZWJs is one cluster of two cells).
pub fn cells(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    text.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// As [`truncate_to_width`], ending a cut text in `mark` (`...` for ASCII output). Text
/// is cut between grapheme clusters, never inside one (a letter keeps its accent, an
/// emoji family is never split into its members).
pub fn truncate_with(text: &str, width: usize, mark: &str) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    if cells(text) <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(cells(mark));
    let mut out = String::new();
    let mut used = 0;
    for cluster in text.graphemes(true) {
        let w = cluster.width();
        if used + w > room {
            break;
        }
        out.push_str(cluster);
        used += w;
    }
    if width >= cells(mark) {
        out.push_str(mark);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escape_sequences_are_shown_not_sent() {
        let hostile = "a\u{1b}]52;c;ZXZpbA==\u{7}b\u{1b}[2Jc\u{9b}d\u{202e}e\rf\u{8}";
        let shown = for_terminal(hostile);
        assert_eq!(shown, "a^[]52;c;ZXZpbA==^Gb^[[2Jc\u{fffd}d\u{fffd}e f^H");
        assert!(!shown.chars().any(is_unsafe));
    }

    #[test]
    fn text_is_cut_between_grapheme_clusters() {
        let family = "👩\u{200d}👩\u{200d}👧";
        assert_eq!(cells(family), 2);
        let many = family.repeat(10);
        assert_eq!(truncate_to_width(&many, 19), format!("{}…", family.repeat(9)));
        assert_eq!(
            truncate_to_width("e\u{301}e\u{301}e\u{301}", 3),
            "e\u{301}e\u{301}e\u{301}"
        );
        assert_eq!(truncate_to_width("e\u{301}e\u{301}e\u{301}x", 3), "e\u{301}e\u{301}…");
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(for_terminal("Шымкент"), Cow::Borrowed(_)));
    }

    #[test]
    fn multiline_keeps_line_breaks_only() {
        assert_eq!(for_terminal_multiline("a\nb\u{1b}"), "a\nb^[");
    }

    #[test]
    fn clean_input_drops_controls() {
        assert_eq!(
            clean_input("  Saran\u{1b}[31m\tplant\u{202e} ", false),
            "Saran[31m plant"
        );
        assert_eq!(clean_input("line one\r\nline two", true), "line one\nline two");
        assert_eq!(clean_input("line one\nline two", false), "line one line two");
    }

    #[test]
    fn truncation_counts_cells() {
        assert_eq!(truncate_to_width("abcdef", 4), "abc…");
        assert_eq!(truncate_to_width("天津天津", 5), "天津…");
        assert_eq!(truncate_to_width("ab", 4), "ab");
        assert_eq!(truncate_to_width("abc", 0), "");
    }

    #[test]
    fn invisible_characters_alone_are_empty() {
        assert_eq!(clean_input("\u{200b}", false), "");
        assert_eq!(clean_input(" \u{feff}\u{2060}\u{00ad} ", false), "");
        assert_eq!(clean_input("\u{200b}Angren\u{200b}", false), "Angren");
        assert_eq!(
            clean_input("👩\u{200d}🔬", false),
            "👩\u{200d}🔬",
            "joiners inside stay"
        );
    }

    #[test]
    fn names_that_look_alike_have_one_key() {
        let plain = name_key("Завод Алматы");
        assert_eq!(name_key("Завод\u{a0}Алматы"), plain);
        assert_eq!(name_key("  завод   АЛМАТЫ "), plain);
        assert_eq!(name_key("Завод\u{200b} Алматы"), plain);
        assert_eq!(
            name_key("Заво\u{438}\u{306} x"),
            name_key("Заво\u{439} x"),
            "й composed or not"
        );
        assert_ne!(name_key("Завод Алматы 2"), plain);
        assert_eq!(clean_input("Заво\u{438}\u{306}", false), "Заво\u{439}");
    }

    #[test]
    fn folding_is_unicode_aware() {
        assert_eq!(fold("ШЫМКЕНТ"), fold("шымкент"));
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("Angren"), "angren");
    }

    proptest! {
        #[test]
        fn nothing_unsafe_survives(input in any::<String>()) {
            prop_assert!(!for_terminal(&input).chars().any(is_unsafe));
            prop_assert!(!for_terminal_multiline(&input).chars().any(|c| is_unsafe(c) && c != '\n'));
            prop_assert!(!clean_input(&input, true).chars().any(|c| is_unsafe(c) && c != '\n'));
        }
    }
}
