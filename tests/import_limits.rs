//! What one import may bring is limited, so a small file cannot make the server read or
//! unpack without end (a 300 KB workbook once held a 300 MB cell and pushed the server
//! to 1.9 GB): the bytes read, the rows, one cell, and how large a workbook unpacks.
//! Each limit is tripped by a generated file, through lowered limits where the real
//! ones would need a large file, and a real zip-bomb-shaped workbook against the
//! limits `ortaq import -` applies.

mod common;

use chrono::NaiveDate;
use common::TestDb;
use ortaq::exchange::{ImportLimits, ImportProblem, Issue, parse_csv_within, parse_json_within, parse_workbook_within};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

fn no_sources(_: &str) -> Result<i64, String> {
    Err("no such source".into())
}

fn lowered() -> ImportLimits {
    ImportLimits {
        bytes: 4096,
        rows: 3,
        cell_bytes: 16,
        unpacked_bytes: 64 * 1024,
    }
}

fn issues(problems: Vec<ImportProblem>) -> Vec<Issue> {
    problems.into_iter().map(|p| p.issue).collect()
}

fn csv_rows(n: usize) -> Vec<u8> {
    let mut text = String::from("name,country\n");
    for i in 0..n {
        text.push_str(&format!("Plant {i},KZ\n"));
    }
    text.into_bytes()
}

#[test]
fn csv_files_are_refused_past_each_limit() {
    let limits = lowered();
    assert!(parse_csv_within(&csv_rows(3), &no_sources, today(), &limits).is_ok());
    let rows = parse_csv_within(&csv_rows(4), &no_sources, today(), &limits).map(drop);
    assert_eq!(rows.map_err(issues), Err(vec![Issue::TooManyRows { limit: 3 }]));
    let long = b"name,country\nA name of twenty bytes,KZ\n";
    let cell = parse_csv_within(long, &no_sources, today(), &limits).map(drop);
    assert_eq!(
        cell.map_err(issues),
        Err(vec![Issue::CellTooLarge { bytes: 22, limit: 16 }])
    );
    let large = vec![b'a'; 4097];
    let bytes = parse_csv_within(&large, &no_sources, today(), &limits).map(drop);
    assert_eq!(bytes.map_err(issues), Err(vec![Issue::TooLarge { limit: 4096 }]));
}

#[test]
fn json_documents_are_refused_past_each_limit() {
    let limits = lowered();
    let projects = |n: usize| {
        let items: Vec<String> = (0..n).map(|i| format!("{{\"name\": \"Plant {i}\"}}")).collect();
        format!("[{}]", items.join(","))
    };
    assert!(parse_json_within(projects(3).as_bytes(), &no_sources, today(), &limits).is_ok());
    let rows = parse_json_within(projects(4).as_bytes(), &no_sources, today(), &limits).map(drop);
    assert_eq!(rows.map_err(issues), Err(vec![Issue::TooManyRows { limit: 3 }]));
    // Updates count as rows too: one project with three updates is four.
    let updates = r#"[{"name": "P", "updates": [{"date": "2024", "text": "a"}, {"date": "2024", "text": "b"}, {"date": "2024", "text": "c"}]}]"#;
    let counted = parse_json_within(updates.as_bytes(), &no_sources, today(), &limits).map(drop);
    assert_eq!(counted.map_err(issues), Err(vec![Issue::TooManyRows { limit: 3 }]));
    let long = r#"[{"name": "P", "description": "seventeen bytes!!"}]"#;
    let cell = parse_json_within(long.as_bytes(), &no_sources, today(), &limits).map(drop);
    assert_eq!(
        cell.map_err(issues),
        Err(vec![Issue::CellTooLarge { bytes: 17, limit: 16 }])
    );
}

/// A workbook of `rows` projects, each with a name of `name_bytes` bytes.
fn workbook(rows: usize, name_bytes: usize) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "name").expect("header");
    for row in 0..rows {
        let name = format!("{row:0>width$}", width = name_bytes);
        sheet
            .write_string(u32::try_from(row + 1).expect("row"), 0, name)
            .expect("cell");
    }
    book.save_to_buffer().expect("xlsx")
}

#[test]
fn workbooks_are_refused_past_each_limit() {
    let limits = ImportLimits {
        bytes: 1024 * 1024,
        ..lowered()
    };
    assert!(parse_workbook_within(&workbook(3, 8), &no_sources, today(), &limits).is_ok());
    let rows = parse_workbook_within(&workbook(4, 8), &no_sources, today(), &limits).map(drop);
    assert_eq!(rows.map_err(issues), Err(vec![Issue::TooManyRows { limit: 3 }]));
    let cell = parse_workbook_within(&workbook(1, 17), &no_sources, today(), &limits).map(drop);
    assert_eq!(
        cell.map_err(issues),
        Err(vec![Issue::CellTooLarge { bytes: 17, limit: 16 }])
    );
    // Ten thousand rows unpack to far more than 64 KiB: refused before calamine reads them.
    let unpacked = parse_workbook_within(&workbook(10_000, 8), &no_sources, today(), &limits).map(drop);
    match unpacked.map_err(issues) {
        Err(found) => assert!(
            matches!(found.as_slice(), [Issue::UnpacksTooLarge { limit: 65536, .. }]),
            "{found:?}"
        ),
        Ok(()) => panic!("a workbook unpacking past the limit was read"),
    }
}

/// A zip archive written by hand, so that its parts can unpack to hundreds of
/// megabytes from a few: each part's name, its data as stored, the compression
/// method (0 stored, 8 deflate), and the size it declares unpacked.
fn zip(parts: &[(&str, Vec<u8>, u16, u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, data, method, unpacked) in parts {
        let offset = u32::try_from(out.len()).expect("offset");
        let crc = if *method == 0 { crc32(data) } else { 0 };
        let size = u32::try_from(data.len()).expect("size");
        let common = |out: &mut Vec<u8>| {
            out.extend_from_slice(&20_u16.to_le_bytes()); // version needed
            out.extend_from_slice(&0_u16.to_le_bytes()); // flags
            out.extend_from_slice(&method.to_le_bytes());
            out.extend_from_slice(&0_u16.to_le_bytes()); // time
            out.extend_from_slice(&0x21_u16.to_le_bytes()); // date: 1980-01-01
            out.extend_from_slice(&crc.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&unpacked.to_le_bytes());
            out.extend_from_slice(&u16::try_from(name.len()).expect("name").to_le_bytes());
            out.extend_from_slice(&0_u16.to_le_bytes()); // extra
        };
        out.extend_from_slice(&0x0403_4b50_u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        directory.extend_from_slice(&0x0201_4b50_u32.to_le_bytes());
        directory.extend_from_slice(&20_u16.to_le_bytes()); // made by
        common(&mut directory);
        directory.extend_from_slice(&[0; 6]); // comment, disk, internal attributes
        directory.extend_from_slice(&0_u32.to_le_bytes()); // external attributes
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name.as_bytes());
    }
    let at = u32::try_from(out.len()).expect("offset");
    let count = u16::try_from(parts.len()).expect("count");
    out.extend_from_slice(&directory);
    out.extend_from_slice(&0x0605_4b50_u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&u32::try_from(directory.len()).expect("size").to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&0_u16.to_le_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0_u32;
    for byte in data {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Deflate data (one block of fixed Huffman codes) that unpacks to `before`, then
/// `1 + 258 * runs` letters `a` (one literal and `runs` copies of 258 at distance 1:
/// 13 bits each), then `after`; and its unpacked length.
fn deflated_run(before: &str, runs: usize, after: &str) -> (Vec<u8>, u64) {
    struct Bits {
        out: Vec<u8>,
        bit: u32,
    }
    impl Bits {
        fn put(&mut self, value: u32, n: u32) {
            for i in 0..n {
                if self.bit == 0 {
                    self.out.push(0);
                }
                let last = self.out.len() - 1;
                self.out[last] |= u8::try_from((value >> i) & 1).expect("bit") << self.bit;
                self.bit = (self.bit + 1) % 8;
            }
        }
        /// A Huffman code goes most significant bit first.
        fn code(&mut self, code: u32, n: u32) {
            for i in (0..n).rev() {
                self.put((code >> i) & 1, 1);
            }
        }
        fn literal(&mut self, byte: u8) {
            assert!(byte < 144, "a literal of one of the 8-bit codes");
            self.code(0x30 + u32::from(byte), 8);
        }
    }
    let mut bits = Bits {
        out: Vec::new(),
        bit: 0,
    };
    bits.put(1, 1); // the last block
    bits.put(1, 2); // fixed Huffman codes
    before.bytes().for_each(|b| bits.literal(b));
    bits.literal(b'a');
    for _ in 0..runs {
        bits.code(0xC5, 8); // length 258 (code 285)
        bits.code(0, 5); // distance 1
    }
    after.bytes().for_each(|b| bits.literal(b));
    bits.code(0, 7); // end of block
    let length = before.len() + 1 + 258 * runs + after.len();
    (bits.out, u64::try_from(length).expect("length"))
}

/// An xlsx whose first sheet holds one cell of about `megabytes` MB of `a`, declaring
/// `declared` (or its true size) as the sheet's unpacked size.
fn bomb(megabytes: usize, declared: Option<u32>) -> Vec<u8> {
    let before = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>"#;
    let after = "</t></is></c></row></sheetData></worksheet>";
    let (sheet, length) = deflated_run(before, megabytes * 1024 * 1024 / 258, after);
    let unpacked = declared.unwrap_or_else(|| u32::try_from(length).expect("under 4 GiB"));
    let types = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_vec();
    let book = br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Projects" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_vec();
    let rels = br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_vec();
    let sizes = |data: &Vec<u8>| u32::try_from(data.len()).expect("size");
    zip(&[
        ("[Content_Types].xml", types.clone(), 0, sizes(&types)),
        ("xl/workbook.xml", book.clone(), 0, sizes(&book)),
        ("xl/_rels/workbook.xml.rels", rels.clone(), 0, sizes(&rels)),
        ("xl/worksheets/sheet1.xml", sheet, 8, unpacked),
    ])
}

#[test]
fn a_zip_bomb_workbook_is_refused_over_ssh_before_it_unpacks() {
    // About 2 MB that unpack to 300 MB: one cell of 300 MB, as the review sent.
    let bytes = bomb(300, None);
    assert!(bytes.len() < 3 * 1024 * 1024, "{} bytes", bytes.len());
    let db = TestDb::new();
    db.ok(&["list"]);
    let before = db.ok(&["export"]);
    let output = db
        .cmd()
        .args(["import", "-", "--format", "xlsx"])
        .write_stdin(bytes)
        .output()
        .expect("run ortaq");
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("\"xl/worksheets/sheet1.xml\" unpacks to more than 256 MiB"),
        "{error}"
    );
    assert!(error.contains("nothing was imported"), "{error}");
    assert_eq!(db.ok(&["export"]), before, "nothing was written");
}

#[test]
fn a_workbook_that_unpacks_past_what_it_declares_is_refused() {
    // The directory says 1,000 bytes; the part unpacks to 2 MB.
    let limits = ImportLimits {
        bytes: 16 * 1024 * 1024,
        unpacked_bytes: 1024 * 1024,
        ..ImportLimits::DEFAULT
    };
    let lying = parse_workbook_within(&bomb(2, Some(1_000)), &no_sources, today(), &limits).map(drop);
    let found = lying.map_err(issues).expect_err("refused");
    assert!(
        matches!(found.as_slice(), [Issue::UnpacksTooLarge { .. } | Issue::Workbook(_)]),
        "{found:?}"
    );
    // Honest about its size, it is refused by the directory alone.
    let honest = parse_workbook_within(&bomb(2, None), &no_sources, today(), &limits).map(drop);
    let found = honest.map_err(issues).expect_err("refused by its declared size");
    assert!(
        matches!(found.as_slice(), [Issue::UnpacksTooLarge { limit: 1_048_576, .. }]),
        "{found:?}"
    );
}

#[test]
fn standard_input_past_64_mib_is_refused_in_both_languages() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let large = vec![b'a'; 64 * 1024 * 1024 + 1];
    let output = db
        .cmd()
        .args(["import", "-"])
        .write_stdin(large.clone())
        .output()
        .expect("run ortaq");
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("-: the file is larger than 64 MiB"), "{error}");
    let output = db
        .cmd()
        .env("ORTAQ_LANG", "ru")
        .args(["import", "-"])
        .write_stdin(large)
        .output()
        .expect("run ortaq");
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("файл больше 64 МиБ"), "{error}");
}

#[test]
fn a_cell_past_64_kib_is_refused_at_the_command_line() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let csv = format!("name,description\nPlant,{}\n", "x".repeat(64 * 1024 + 1));
    let output = db
        .cmd()
        .args(["import", "-", "--format", "csv"])
        .write_stdin(csv)
        .output()
        .expect("run ortaq");
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("line 2: a value of 65,537 bytes is too long: one cell may hold at most 64 KiB"),
        "{error}"
    );
}

#[test]
fn two_cells_far_apart_do_not_make_a_sheet_of_billions() {
    // A1 and XFD1048576: calamine's rectangle of that sheet would be 17 billion cells.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "name").expect("header");
    sheet.write_string(1, 0, "Plant").expect("row");
    sheet.write_string(1_048_575, 16_383, "far").expect("far cell");
    let bytes = book.save_to_buffer().expect("xlsx");
    let read = parse_workbook_within(&bytes, &no_sources, today(), &ImportLimits::DEFAULT).map(drop);
    let found = read.expect_err("refused");
    // Refused as its CSV would be: the far cell has no column, and its row no name.
    let far = found
        .iter()
        .find(|p| matches!(&p.issue, Issue::UnnamedCell { column: 16_384, value } if value == "far"))
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(
        far.place,
        ortaq::exchange::Place::Cell {
            sheet: 1,
            row: 1_048_576,
            column: Some(16_384)
        }
    );
}
