//! The import readers (CSV and JSON), fed arbitrary bytes: none may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ortaq::report::exchange;

fuzz_target!(|data: &[u8]| {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    let resolve = |_: &str| Err::<i64, String>("no sources".into());
    let _ = exchange::parse_csv(data, &resolve, today);
    let _ = exchange::parse_json(data, &resolve, today);
});
