//! Files from the real world as text: the encoding found (a byte-order mark, UTF-8, or
//! a guess by chardetng such as Windows-1251 from a Russian-locale Excel), decoded by
//! encoding_rs without a single replaced character, and the CSV delimiter read from
//! the header line. Anything that is not cleanly text is refused with the reason.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};

/// A file's text and the encoding it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `UTF-8`, `UTF-16LE`, `windows-1251`, ...
    pub encoding: &'static str,
}

/// Why a file is not text ortaq can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotText {
    Empty,
    OnlyByteOrderMark(&'static str),
    Spreadsheet(&'static str),
    Binary,
    Utf16WithoutBom,
    Invalid { encoding: &'static str, declared: bool },
}

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";

/// Decodes a whole file, or says why it is not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if bytes.is_empty() {
        return Err(NotText::Empty);
    }
    if bytes.starts_with(ZIP) {
        return Err(NotText::Spreadsheet("xlsx"));
    }
    if bytes.starts_with(OLE) {
        return Err(NotText::Spreadsheet("xls"));
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let rest = &bytes[bom..];
        if rest.is_empty() {
            return Err(NotText::OnlyByteOrderMark(encoding.name()));
        }
        return clean(encoding, rest, true);
    }
    if bytes.contains(&0) {
        return Err(if looks_like_utf16(bytes) {
            NotText::Utf16WithoutBom
        } else {
            NotText::Binary
        });
    }
    if std::str::from_utf8(bytes).is_ok() {
        return clean(UTF_8, bytes, false);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    // Files come from Kazakh and Uzbek ministries, in Russian: a short file whose few
    // letters fit several single-byte encodings is most likely Windows-1251.
    let guess = detector.guess(Some(b"ru"), Utf8Detection::Deny);
    clean(cyrillic_of(guess, bytes), bytes, false)
}

/// Windows-1251 or Mac Cyrillic, whichever reads as words: the two share small letters
/// but not capitals, so a short Mac file read as Windows-1251 turns `Завод` into
/// `‡авод` (and the other way `∆авод`). A capital read wrong is a sign or a foreign
/// letter before a small Russian one; the reading with fewer of them is taken.
fn cyrillic_of(guess: &'static Encoding, bytes: &[u8]) -> &'static Encoding {
    use encoding_rs::{WINDOWS_1251, X_MAC_CYRILLIC};
    if guess != WINDOWS_1251 && guess != X_MAC_CYRILLIC {
        return guess;
    }
    let misread = |encoding: &'static Encoding| {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        let russian = |c: char| matches!(c, 'А'..='я' | 'Ё' | 'ё');
        let chars: Vec<char> = text.chars().collect();
        chars
            .windows(2)
            .filter(|pair| !pair[0].is_ascii() && !russian(pair[0]) && matches!(pair[1], 'а'..='я'))
            .count()
    };
    if misread(X_MAC_CYRILLIC) < misread(WINDOWS_1251) {
        X_MAC_CYRILLIC
    } else {
        WINDOWS_1251
    }
}

/// Decodes with no replacement characters. Control characters other than line breaks
/// and tabs mean binary data (C0) or a wrong guess of a single-byte encoding (C1: the
/// bytes that encoding leaves undefined).
fn clean(encoding: &'static Encoding, bytes: &[u8], declared: bool) -> Result<Decoded, NotText> {
    let invalid = NotText::Invalid {
        encoding: encoding.name(),
        declared,
    };
    let text = encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or(invalid.clone())?;
    let control = |c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t');
    if text.chars().any(|c| control(c) && c.is_ascii()) {
        return Err(NotText::Binary);
    }
    if text.chars().any(control) && !declared && encoding != UTF_8 {
        return Err(invalid);
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
    })
}

/// Text in UTF-16 without a mark: it decodes as UTF-16 in one byte order into text
/// with no control characters but line breaks and tabs; binary data does not.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    bytes.len().is_multiple_of(2)
        && [encoding_rs::UTF_16LE, encoding_rs::UTF_16BE].iter().any(|encoding| {
            encoding
                .decode_without_bom_handling_and_without_replacement(bytes)
                .is_some_and(|text| !text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')))
        })
}

/// The delimiter of a CSV file, read from its header line outside quotes: `,`, `;`
/// (Russian-locale Excel) or a tab, whichever occurs most; a comma when none does.
pub fn delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0_usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if quoted => {}
            c => {
                if let Some(entry) = counts.iter_mut().find(|(d, _)| char::from(*d) == c) {
                    entry.1 += 1;
                }
            }
        }
    }
    counts
        .iter()
        .fold((b',', 0), |best, &(d, n)| if n > best.1 { (d, n) } else { best })
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_windows_1251_file_is_read_as_cyrillic() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("name;sector\nЗавод;Текстиль\n");
        let decoded = decode(&bytes).expect("decodes");
        assert!(decoded.text.contains("Завод;Текстиль"), "{}", decoded.text);
    }

    #[test]
    fn byte_order_marks_choose_the_encoding() {
        let utf16le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("name\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16le).unwrap().text, "name\n");
        let utf16be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("имя\n".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&utf16be).unwrap().encoding, "UTF-16BE");
        assert_eq!(decode(b"\xef\xbb\xbfname\n").unwrap().text, "name\n");
        assert_eq!(decode(b"\xef\xbb\xbf"), Err(NotText::OnlyByteOrderMark("UTF-8")));
    }

    #[test]
    fn a_short_mac_cyrillic_file_keeps_its_capitals() {
        let (bytes, _, _) = encoding_rs::X_MAC_CYRILLIC.encode("name;status\nЗавод;operating\n");
        let decoded = decode(&bytes).expect("decodes");
        assert_eq!(decoded.encoding, "x-mac-cyrillic");
        assert!(decoded.text.contains("Завод;operating"), "{}", decoded.text);
        // And Windows-1251 capitals are not taken for Mac ones.
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("name;status\nЗавод «Юг»;operating\n");
        assert_eq!(decode(&bytes).map(|d| d.encoding), Ok("windows-1251"));
    }

    #[test]
    fn windows_1251_is_recognised() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("name;region\nЗавод;Ташкентская область\n");
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, "windows-1251");
        assert!(decoded.text.contains("Ташкентская"));
    }

    #[test]
    fn what_is_not_text_is_named() {
        assert_eq!(decode(b""), Err(NotText::Empty));
        assert_eq!(decode(b"PK\x03\x04rest"), Err(NotText::Spreadsheet("xlsx")));
        assert_eq!(decode(b"\x00\x01\x02\x03garbage"), Err(NotText::Binary));
        assert_eq!(decode(b"n\0a\0m\0e\0\n\0"), Err(NotText::Utf16WithoutBom));
        assert_eq!(decode(b"\x1b\x02\x7f\x80\x90binary\xff"), Err(NotText::Binary));
        let cyrillic: Vec<u8> = "имя\nзавод\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&cyrillic), Err(NotText::Utf16WithoutBom));
        // 0x98 is no character in Windows-1251, the likeliest guess for such bytes.
        assert!(matches!(
            decode(b"name\n\xc7\xe0\xe2\xee\xe4 \x98\n"),
            Err(NotText::Invalid { declared: false, .. })
        ));
    }

    #[test]
    fn the_delimiter_comes_from_the_header_outside_quotes() {
        assert_eq!(delimiter("name;region;sector\na,b;c"), b';');
        assert_eq!(delimiter("\"a;b;c\",name\n"), b',');
        assert_eq!(delimiter("name\tregion\n"), b'\t');
        assert_eq!(delimiter("name\n"), b',');
    }
}
