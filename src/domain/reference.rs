//! How people name a record by its id: `12`, `#12`, ` #12 `. One reading for every
//! place that takes a reference (the command line, the interface, the store's lookups),
//! so `#12` means the same thing everywhere.

/// The id a reference names, if it is one: an optional `#` and the digits, with space
/// around. Anything else (`##12`, `+12`, `#-3`, `12a`, a number too big for an id) is not
/// an id, and callers may read it as a fragment of a name instead.
pub fn parse_id(reference: &str) -> Option<i64> {
    let trimmed = reference.trim();
    let digits = trimmed.strip_prefix('#').unwrap_or(trimmed);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::parse_id;

    #[test]
    fn ids_are_digits_with_an_optional_hash() {
        for (text, id) in [
            ("12", 12),
            ("#12", 12),
            (" #12 ", 12),
            ("\t7\n", 7),
            ("#0", 0),
            ("007", 7),
        ] {
            assert_eq!(parse_id(text), Some(id), "{text:?}");
        }
    }

    #[test]
    fn anything_else_is_not_an_id() {
        for text in [
            "",
            "#",
            "  ",
            "##12",
            "+12",
            "#-3",
            "-3",
            "12a",
            "# 12",
            "1 2",
            "١٢",
            "99999999999999999999",
            "Onix",
        ] {
            assert_eq!(parse_id(text), None, "{text:?}");
        }
    }
}
