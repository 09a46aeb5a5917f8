//! Names of the people who may use a served database: the rules that keep one person
//! from passing for another. A name is the author of every change its person makes and
//! the word an admin reads in `access list`, so two names that look alike would let one
//! person's changes be taken for another's.

use unicode_normalization::UnicodeNormalization;

/// How a name looks to a reader: its compatibility form (NFKC: fullwidth `Ａ` is `A`),
/// in lower case, reduced to its confusable skeleton (Unicode TS #39: Cyrillic `а` is
/// Latin `a`, `0` is `O`, `rn` is `m`) and lowered again. Not for showing or storing:
/// only two looks are compared.
pub fn look(name: &str) -> String {
    let compatible: String = name.nfkc().collect();
    let skeleton: String = unicode_security::skeleton(&compatible.to_lowercase()).collect();
    skeleton.to_lowercase()
}

/// The look of the name as written, before lowering: a capital `I` passes for `l`
/// (`diInoza` for `dilnoza`), which lowering first would hide.
fn look_as_written(name: &str) -> String {
    let compatible: String = name.nfkc().collect();
    let skeleton: String = unicode_security::skeleton(&compatible).collect();
    skeleton.to_lowercase()
}

/// Whether two different names would pass for each other on screen: the same look,
/// whatever their letters, case or width.
pub fn looks_like(a: &str, b: &str) -> bool {
    let (a_looks, b_looks) = ([look(a), look_as_written(a)], [look(b), look_as_written(b)]);
    a_looks.iter().any(|look| b_looks.contains(look))
}

/// The plain spelling of a name written with compatibility characters (fullwidth
/// letters, ligatures, superscripts, circled digits): its NFKC form. `None` when the
/// name is plain already.
pub fn plain_form(name: &str) -> Option<String> {
    let plain: String = name.nfkc().collect();
    (plain != name).then_some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_pass_for_admin_look_like_it() {
        for lookalike in [
            "admin",
            "ADMIN",
            "Admin",
            "\u{430}dmin",                              // Cyrillic а
            "\u{ff21}dmin",                             // fullwidth Ａ
            "\u{ff41}\u{ff44}\u{ff4d}\u{ff49}\u{ff4e}", // all fullwidth
            "adm\u{456}n",                              // Ukrainian і
            "\u{410}DMIN",                              // Cyrillic А
            "adrnin",                                   // rn for m
        ] {
            assert!(looks_like(lookalike, "admin"), "{lookalike:?}");
        }
        // A capital I passes for a small l (a review found diInoza beside dilnoza).
        for lookalike in ["diInoza", "di1noza", "DILNOZA"] {
            assert!(looks_like(lookalike, "dilnoza"), "{lookalike:?}");
            assert!(looks_like("dilnoza", lookalike), "{lookalike:?}");
        }
        assert!(looks_like("b0ss", "boss"));
        assert!(looks_like("АЙГЕРИМ", "Айгерим"), "case in Cyrillic too");
    }

    #[test]
    fn names_that_read_differently_do_not() {
        for (a, b) in [
            ("alice", "bob"),
            ("admin", "admins"),
            ("Айгерим", "Aigerim"),
            ("dilnoza", "nodira"),
            ("user_1", "user_2"),
        ] {
            assert!(!looks_like(a, b), "{a} {b}");
        }
    }

    #[test]
    fn compatibility_characters_have_a_plain_form() {
        assert_eq!(plain_form("\u{ff21}dmin").as_deref(), Some("Admin"));
        assert_eq!(
            plain_form("\u{fb01}nance").as_deref(),
            Some("finance"),
            "the fi ligature"
        );
        assert_eq!(plain_form("user\u{b2}").as_deref(), Some("user2"));
        assert_eq!(plain_form("alice"), None);
        assert_eq!(plain_form("Айгерим"), None);
        assert_eq!(plain_form("o.tashkentova"), None);
    }
}
